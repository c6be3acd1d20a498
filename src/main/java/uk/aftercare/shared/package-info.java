/**
 * Value types and web plumbing every module may use: shop clock, problem+json errors, pagination.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.aftercare.shared;
