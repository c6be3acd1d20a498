/**
 * Value types and web plumbing every module may use: shop clock, problem+json errors, pagination, the PDFs' font.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package uk.aftercare.shared;
