package uk.aftercare.followups;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailTemplateRepository extends JpaRepository<MailTemplate, Long> {

	Optional<MailTemplate> findByKey(MailTemplateKey key);

}
