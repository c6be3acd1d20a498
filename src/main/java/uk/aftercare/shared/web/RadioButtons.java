package uk.aftercare.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form field that its page shows as a group of radio buttons rather than one box or a drop-down. Thymeleaf
 * numbers such controls ({@code score1}, {@code score2}…), so the {@link ErrorSummary} links to the first of them.
 * Not needed on a true/false field or a list of choices: those are always check boxes or radio buttons.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RadioButtons {

}
