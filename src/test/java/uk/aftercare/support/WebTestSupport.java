package uk.aftercare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs beyond the controller: the real security rules and the shop clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(WebTestConfiguration.class)
public @interface WebTestSupport {

}
