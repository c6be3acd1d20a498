package uk.aftercare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AftercareApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
		modules.verify();
	}

}
