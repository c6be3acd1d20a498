package uk.aftercare.shared.web;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class FormSubmissionsH2Test extends FormSubmissionsContract {

}
