package uk.aftercare.feedback;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

	/**
	 * Withdraws an unanswered link, as read at {@code version}, because staff took the customer's feedback another way:
	 * it keeps its expiry (what the customer was told), and its version moves on, the mark of a withdrawal
	 * ({@link SurveyInvitation}). Being a change to the link, it makes a customer answering the link at this very moment
	 * fail, or this: 0 when the link changed since it was read.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update SurveyInvitation i set i.version = i.version + 1 where i.id = :id and i.version = :version")
	int withdraw(Long id, long version);

	Optional<SurveyInvitation> findByTokenHash(String tokenHash);

	Optional<SurveyInvitation> findFirstByCaseNumberOrderByCreatedAtDescIdDesc(String caseNumber);

}
