package uk.aftercare.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.customers.ContactDetails;

/**
 * Loads the demo cases through the same services staff use, once: a restart of the demo set-up keeps what is there.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "aftercare.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final CaseService cases;

	DemoData(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (cases.search(CaseQuery.all(), PageRequest.of(0, 1)).getTotalElements() > 0) {
			return;
		}
		for (DemoCases.Demo demo : DemoCases.ALL) {
			var opened = cases.open(new OpenCaseCommand(demo.channel(), demo.said(),
					new ContactDetails(demo.name(), demo.email(), demo.phone()), null, demo.order(), demo.product(),
					demo.type(), demo.vulnerable()), demo.by(), null);
			String number = opened.view().caseNumber();
			for (String contact : demo.contacts()) {
				cases.recordContact(number, demo.channel(), ContactDirection.FROM_CUSTOMER, contact, demo.by());
			}
			for (CaseStatus status : demo.path()) {
				cases.changeStatus(number, status, null, demo.by());
			}
		}
		log.info("Loaded {} demo cases.", DemoCases.ALL.size());
	}

}
