package uk.aftercare.feedback;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

	Optional<SurveyInvitation> findByTokenHash(String tokenHash);

	Optional<SurveyInvitation> findFirstByCaseNumberOrderByCreatedAtDescIdDesc(String caseNumber);

}
