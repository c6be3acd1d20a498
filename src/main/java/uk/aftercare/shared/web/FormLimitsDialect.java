package uk.aftercare.shared.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #formLimits} ({@link FormLimits}) and {@code #errorSummary} ({@link ErrorSummary}); Spring Boot
 * adds every dialect bean to Thymeleaf.
 */
@Component
class FormLimitsDialect extends AbstractDialect implements IExpressionObjectDialect {

	FormLimitsDialect() {
		super("aftercare-form-limits");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {
			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("formLimits", "errorSummary");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return "errorSummary".equals(expressionObjectName) ? ErrorSummary.INSTANCE : FormLimits.INSTANCE;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

}
