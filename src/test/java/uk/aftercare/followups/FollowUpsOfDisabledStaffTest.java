package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;

/**
 * A member of staff who leaves is disabled; what they were left to do passes to someone who can still sign in, so
 * no customer waits for a call that nobody will make, and the case's timeline says who has it now.
 */
@SpringBootTest
class FollowUpsOfDisabledStaffTest {

	@Autowired
	CaseService cases;

	@Autowired
	FollowUpService followUps;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffDirectory staff;

	@Autowired
	ShopClock clock;

	private String user(String name, Role role) {
		String username = name.replace(' ', '-').toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, name, null, "a long password 1", role);
		return username;
	}

	private String caseOf(String assignee) {
		return cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), assignee, null).view().caseNumber();
	}

	private Long followUp(String caseNumber, String owner) {
		return followUps.schedule(new ScheduleFollowUp(caseNumber, FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL,
				clock.today().plusDays(2), owner, "Ring her back"), owner).id();
	}

	/** The timeline names who had it and who has it now as the pages do, by display name. */
	@Test
	void aLeaversFollowUpsPassToTheCasesAssigneeOrElseToTheManagerWhoDisabledThem() {
		String mo = user("mo", Role.MANAGER);
		String sam = user("Sam Staff", Role.STAFF);
		String kim = user("Kim Kay", Role.STAFF);
		String samsCase = caseOf(sam);
		Long kimsOnSamsCase = followUp(samsCase, kim);
		Long samsOwn = followUp(samsCase, sam);

		accounts.disable(kim, mo);
		assertThat(followUps.get(kimsOnSamsCase).owner()).isEqualTo(sam);
		assertThat(cases.get(samsCase).timeline()).extracting(TimelineEntry::summary)
			.anyMatch(s -> s.startsWith("Follow-up passed on: Call back")
					&& s.endsWith(" from Kim Kay, whose account was disabled, to Sam Staff."));

		accounts.disable(sam, mo);
		assertThat(followUps.get(samsOwn).owner()).isEqualTo(mo);
		assertThat(followUps.get(kimsOnSamsCase).owner()).isEqualTo(mo);
		assertThat(followUps.openFollowUpsOf(sam)).isEmpty();
	}

	@Test
	void aSupervisorsCallBackAfterALowScorePassesToAnotherSupervisor() {
		String mo = user("mo", Role.MANAGER);
		String sam = user("sam", Role.STAFF);
		String leaver = user("sid", Role.SUPERVISOR);
		String caseNumber = caseOf(sam);
		Long callBack = followUps.schedule(new ScheduleFollowUp(caseNumber, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.LOW_FEEDBACK_SCORE, clock.today().plusDays(1), leaver, "Score 1: refund took too long"),
				"system").id();

		accounts.disable(leaver, mo);

		String now = followUps.get(callBack).owner();
		assertThat(now).isNotEqualTo(leaver).isNotEqualTo(sam);
		assertThat(staff.find(now)).get()
			.satisfies(m -> assertThat(m.enabled()).isTrue())
			.satisfies(m -> assertThat(m.role().compareTo(Role.SUPERVISOR)).isNotNegative());
	}

	/**
	 * Staff may not finish a supervisor's call-back, so it passes on; they may finish anything else, so it stays. The
	 * timeline says what happened to them, as the passed-on reviews' entries do: their role changed, their account
	 * was not disabled.
	 */
	@Test
	void aSupervisorMadeStaffAgainHandsTheirCallBacksAfterALowScoreToASupervisorAndKeepsTheRest() {
		String mo = user("mo", Role.MANAGER);
		String sam = user("sam", Role.STAFF);
		String sid = user("Sid Senior", Role.SUPERVISOR);
		String caseNumber = caseOf(sam);
		Long callBack = followUps.schedule(new ScheduleFollowUp(caseNumber, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.LOW_FEEDBACK_SCORE, clock.today().plusDays(1), sid, "Score 1: refund took too long"),
				"system").id();
		Long ordinary = followUp(caseNumber, sid);

		accounts.changeRole(sid, Role.STAFF, mo);

		String now = followUps.get(callBack).owner();
		assertThat(now).isNotEqualTo(sid);
		assertThat(staff.find(now)).get()
			.satisfies(m -> assertThat(m.role().compareTo(Role.SUPERVISOR)).isNotNegative());
		assertThat(followUps.get(ordinary).owner()).isEqualTo(sid);
		assertThat(cases.get(caseNumber).timeline())
			.filteredOn(e -> e.kind() == TimelineKind.FOLLOW_UP && e.summary().startsWith("Follow-up passed on"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.summary()).startsWith("Follow-up passed on: Call back (due ")
					.endsWith(" from Sid Senior, whose role is now Staff, to "
							+ staff.find(now).orElseThrow().displayName() + ".");
				assertThat(e.actor()).isEqualTo(mo);
			});
	}

	/** The timeline names the owners as the pages do, by display name; who did it stays the username. */
	@Test
	void staffPassAFollowUpToAColleagueWhoCanSignInAndTheTimelineSaysSo() {
		String mo = user("mo", Role.MANAGER);
		String sam = user("Sam Staff", Role.STAFF);
		String kim = user("Kim Kay", Role.STAFF);
		String gone = user("gone", Role.STAFF);
		accounts.disable(gone, mo);
		String caseNumber = caseOf(sam);
		Long id = followUp(caseNumber, sam);
		long version = followUps.get(id).version();

		assertThatThrownBy(() -> followUps.passOn(id, gone, version, sam))
			.isInstanceOf(uk.aftercare.shared.InvalidInputException.class);
		assertThatThrownBy(() -> followUps.passOn(id, "nobody-at-all", version, sam))
			.isInstanceOf(uk.aftercare.shared.InvalidInputException.class);
		assertThatThrownBy(() -> followUps.passOn(id, sam, version, sam))
			.isInstanceOf(uk.aftercare.shared.InvalidInputException.class);
		assertThatThrownBy(() -> followUps.passOn(id, kim, version + 1, sam))
			.isInstanceOf(uk.aftercare.shared.ConflictException.class);

		assertThat(followUps.passOn(id, kim, version, sam).owner()).isEqualTo(kim);
		assertThat(followUps.openFollowUpsOf(kim)).extracting(FollowUpView::id).containsExactly(id);
		var entries = cases.get(caseNumber).timeline().stream().filter(e -> e.kind() == TimelineKind.FOLLOW_UP)
			.toList();
		assertThat(entries).extracting(TimelineEntry::actor).containsOnly(sam);
		assertThat(entries).extracting(TimelineEntry::summary)
			.anySatisfy(s -> assertThat(s).startsWith("Follow-up added: Call back, due ")
				.endsWith(", owner Sam Staff. Note: Ring her back"))
			.anySatisfy(s -> assertThat(s).startsWith("Follow-up passed on: Call back")
				.endsWith(" from Sam Staff to Kim Kay."));
	}

}
