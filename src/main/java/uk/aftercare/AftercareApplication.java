package uk.aftercare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Aftercare: post-sale case handling for retail staff. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AftercareApplication {

	public static void main(String[] args) {
		SpringApplication.run(AftercareApplication.class, args);
	}

}
