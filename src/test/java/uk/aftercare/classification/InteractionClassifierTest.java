package uk.aftercare.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InteractionClassifierTest {

    private static final InteractionClassifier classifier = new InteractionClassifier();

    private static Classification classify(String text) {
        return classifier.classify(text);
    }

    @Test
    void treatsPolicyQuestionAsQuery() {
        assertThat(classify("what is your returns policy?").type()).isEqualTo(CaseType.QUERY);
        assertThat(classify("how long does a refund take?").type()).isEqualTo(CaseType.QUERY);
    }

    @Test
    void treatsConditionalReturnQuestionAsQuery() {
        assertThat(classify("can I return this if it doesn't fit?").type()).isEqualTo(CaseType.QUERY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I want to know if I can get a refund on sale items",
        "Can I get a refund to a different card than the one I paid with?",
        "How do I get a refund?",
        "How do I return something I bought online?"
    })
    void treatsQuestionsAboutHowRefundsWorkAsQuery(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.QUERY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The kettle stopped boiling after a week. Can I have a replacement?",
        "How do I get it replaced? The handle snapped.",
        "can i get a refund on these shoes pls, the sole has come away"
    })
    void stillTreatsAskingForTheRemedyAsReturn(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.RETURN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I would like to return these shoes, what is the returns address?",
        "I want to return this, how long does a refund take?",
        "I'd like to send these back, where do I post them?",
        "I want a refund, how long will it take?",
        "I need to exchange this jumper for a bigger size, do you have it in stock?",
        "Please refund me, how long will it take?",
        "cust wants to return, asked how long refund takes"
    })
    void treatsAReturnRequestFollowedByAQuestionAboutItAsReturn(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.RETURN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "What is your returns policy?",
        "Can I return a sale item?",
        "If I want to return it, what is the address?",
        "If I ever want to return it, what is the address?",
        "I'd like to ask about returns, what is the policy?",
        "I'd like to know if I can return these, what is the policy?",
        "I'm still expecting my refund, when will it arrive?",
        "I don't want to return it, I just want to know how long a refund takes?",
        "I don't really want to return them, I just want to know what the policy is?"
    })
    void stillTreatsAQuestionWithNoStatedReturnRequestAsQuery(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.QUERY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, my order has not arrived yet, could you tell me when it will come?",
        "My order hasn't arrived yet, when will it come?",
        "My order hasn't come through yet, can you check the status?"
    })
    void treatsAskingWhenAnOrderThatHasNotArrivedYetWillComeAsQuery(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.QUERY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My order hasn't arrived yet.",
        "It still hasn't arrived, when will it come?",
        "It's been three weeks and my order still hasn't arrived yet, when will it come?",
        "My parcel hasn't arrived yet, this is ridiculous, when will it come?",
        "My parcel has not arrived yet and I am fed up, where is it?"
    })
    void stillTreatsALateOrderWithDissatisfactionAsComplaint(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.COMPLAINT);
    }

    @Test
    void treatsPoliteReturnQuestionAsReturn() {
        assertThat(classify("Can I return these boots please, they don't fit").type()).isEqualTo(CaseType.RETURN);
    }

    @Test
    void treatsAngryRefundDemandAsReturn() {
        Classification result = classify("it's broken and I'm furious, I want my money back");

        assertThat(result.type()).isEqualTo(CaseType.RETURN);
        assertThat(result.evidence()).contains("my money back");
    }

    @Test
    void treatsComplaintAboutEarlierReturnAsComplaint() {
        assertThat(classify("I want to complain about how my return was handled").type())
                .isEqualTo(CaseType.COMPLAINT);
    }

    @Test
    void negatedRefundIsNotReturn() {
        Classification result = classify("I don't want a refund, I just want someone to apologise");

        assertThat(result.type()).isEqualTo(CaseType.COMPLAINT);
        assertThat(result.evidence()).containsExactly("don't want a refund", "apologise");
    }

    @Test
    void negatedReplacementIsNotReturn() {
        assertThat(classify("I'm not asking for a replacement, I want an explanation").type())
                .isEqualTo(CaseType.COMPLAINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "kettle doesn't work can you refund me",
        "it doesn't fit can I exchange it please",
        "didnt fit wants exchange",
        "item doesnt work needs replacing",
        "isn't working please refund",
        "cust not happy wants refund",
        "phone not charging need replacement",
        "No I want a refund"
    })
    void readsANegativeBeforeTheRequestAsPartOfTheReasonNotARefusal(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.RETURN);
    }

    @Test
    void showsTheFaultAndTheRequestAsSeparateEvidence() {
        assertThat(classify("kettle doesn't work can you refund me").evidence())
                .containsExactly("doesn't work", "refund");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I don't want a refund, I just want someone to apologise",
        "I don't really want a refund, just an apology",
        "not asking for a replacement, just an explanation",
        "No I don't want a refund, I want an apology"
    })
    void stillReadsATurnedDownRemedyAsAComplaint(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.COMPLAINT);
    }

    @Test
    void treatsConditionalReturnQuestionWithAFaultInItAsQuery() {
        assertThat(classify("If I buy it today and it doesn't fit can I return it?").type())
                .isEqualTo(CaseType.QUERY);
    }

    @Test
    void readsStaffShorthand() {
        assertThat(classify("cust rang re missing parcel, v unhappy, 3rd time chasing").type())
                .isEqualTo(CaseType.COMPLAINT);
        assertThat(classify("cust wants refund, item faulty, has receipt").type()).isEqualTo(CaseType.RETURN);
        assertThat(classify("cust asked opening hrs sunday").type()).isEqualTo(CaseType.QUERY);
    }

    @Test
    void explainsWithEvidenceWords() {
        Classification result = classify("Customer says the kettle leaks and wants a refund");

        assertThat(result.type()).isEqualTo(CaseType.RETURN);
        assertThat(result.evidence()).containsExactly("leaks", "refund");
    }

    @Test
    void givesEvidenceAsItAppearsInTheText() {
        Classification result = classify("Please SEND IT BACK to you? No — I want a REFUND.");

        assertThat(result.evidence()).allSatisfy(words ->
                assertThat("please send it back to you? no — i want a refund.").contains(words));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void blankTextIsLowConfidenceQuery(String text) {
        Classification result = classify(text);

        assertThat(result.type()).isEqualTo(CaseType.QUERY);
        assertThat(result.confidence()).isZero();
        assertThat(result.evidence()).isEmpty();
        assertThat(result.flags()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm really dissapointed with the service",
        "cust unhapy with delivery",
        "Nothing but excuses from your staff"
    })
    void readsCommonSlipsAndExcusesAsComplaint(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.COMPLAINT);
    }

    @Test
    void showsTheLastWordsOfAQuestionKnownOnlyByItsQuestionMark() {
        Classification result = classify("My order number is 8812345, where is it?");

        assertThat(result.type()).isEqualTo(CaseType.QUERY);
        assertThat(result.evidence()).containsExactly("where is it?");
    }

    @Test
    void givesNoConfidenceAboveTheDefaultWithoutEvidence() {
        List<String> texts = new ArrayList<>();
        LabelledInteractions.load("/classification/training.tsv").forEach(e -> texts.add(e.text()));
        texts.addAll(List.of("open bank holiday?", "gift receipt needed?", "Isn't it a bit late?", "ok?", "cust rang",
                "(refund)?", "colour, size :)?"));

        assertThat(texts).allSatisfy(text -> {
            Classification result = classify(text);
            if (result.evidence().isEmpty()) {
                assertThat(result.confidence()).as(text).isLessThanOrEqualTo(0.25);
            }
        });
    }

    @Test
    void textWithoutCuesIsLowConfidenceQuery() {
        Classification result = classify("cust rang re wardrobe");

        assertThat(result.type()).isEqualTo(CaseType.QUERY);
        assertThat(result.confidence()).isLessThan(0.5);
    }

    @Test
    void isMoreConfidentWhenEvidenceIsStrongAndUnambiguous() {
        double clear = classify("The toaster is broken. I want a full refund and my money back today.").confidence();
        double hedged = classify("Can I bring them back for a refund?").confidence();
        double faint = classify("My kettle leaks").confidence();

        assertThat(clear).isGreaterThan(hedged).isGreaterThan(0.8);
        assertThat(faint).isLessThan(clear);
    }

    @Test
    void keepsConfidenceWithinZeroAndOne() {
        Classification result = classify("REFUND REFUND REFUND money back, return it, exchange it, replace it, "
                + "repair it, I want a refund, I want a replacement, send it back, take it back");

        assertThat(result.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void flagsSmokeAsSafetyConcern() {
        assertThat(classify("The hair straighteners started smoking. I want a refund.").flags())
                .containsExactly(Flag.SAFETY_CONCERN);
    }

    @Test
    void doesNotFlagDeniedHarm() {
        assertThat(classify("No injuries, it just stopped working. I'd like a replacement.").flags()).isEmpty();
        assertThat(classify("Not a safety issue, but the lid is loose. Can I swap it?").flags()).isEmpty();
        assertThat(classify("Nobody was hurt but the delivery was late again").flags()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I didn't notice the smoke until the alarm went off",
        "Isn't it dangerous to sell heaters like this?",
        "This heater isn't safe at all"
    })
    void flagsHarmThatANegativeDoesNotDeny(String text) {
        assertThat(classify(text).flags()).containsExactly(Flag.SAFETY_CONCERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Nobody got hurt but the lid is loose, can I swap it?",
        "We didn't see any smoke, it just stopped. I'd like a replacement.",
        "There was no sign of fire but it smells odd. Can I exchange it?"
    })
    void doesNotFlagHarmDeniedWithAFewWordsBetween(String text) {
        assertThat(classify(text).flags()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm not going to take you to court, I just want a refund.",
        "I am not threatening legal action, I just want it repaired.",
        "I won't take you to court over this, I just want it sorted",
        "The kettle leaks but no one was seriously hurt.",
        "My son was not seriously injured and nobody was badly hurt",
        "It didn't actually catch fire, the plug just got warm."
    })
    void doesNotFlagWhatANegativeWithAnIntentionOrAnAdverbDenies(String text) {
        assertThat(classify(text).flags()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        If you don't refund me I'm going to court                         | LEGAL_THREAT
        I'm not happy, I will take you to court                           | LEGAL_THREAT
        I'm not happy and I'm going to take you to court                  | LEGAL_THREAT
        I'm not going to wait any longer before taking you to court       | LEGAL_THREAT
        It was not my fault that it caught fire                           | SAFETY_CONCERN
        I didn't actually notice the smoke until the alarm went off       | SAFETY_CONCERN
        """)
    void stillFlagsAThreatOrHarmWhenTheNegativeIsAboutSomethingElse(String text, Flag flag) {
        assertThat(classify(text).flags()).containsExactly(flag);
    }

    @Test
    void treatsDeniedComplaintsBeforeAQuestionAsQuery() {
        assertThat(classify("I haven't got any complaints, just want to know when you open").type())
                .isEqualTo(CaseType.QUERY);
        assertThat(classify("No real complaints, just wondering when the sale starts").type())
                .isEqualTo(CaseType.QUERY);
    }

    @Test
    void flagsLegalThreat() {
        assertThat(classify("Refund me or I'm taking you to the small claims court").flags())
                .containsExactly(Flag.LEGAL_THREAT);
        assertThat(classify("I've asked my bank for a chargeback").flags()).containsExactly(Flag.LEGAL_THREAT);
    }

    @Test
    void flagsSocialMediaThreat() {
        assertThat(classify("Sort this out or I'm posting it on TikTok").flags())
                .containsExactly(Flag.SOCIAL_MEDIA_THREAT);
        assertThat(classify("I will tell everyone online how you treat customers").flags())
                .containsExactly(Flag.SOCIAL_MEDIA_THREAT);
    }

    @Test
    void flagsVulnerableCustomer() {
        assertThat(classify("My husband passed away last month and I can't face the shop. Can I return his coat?")
                .flags()).containsExactly(Flag.VULNERABLE_CUSTOMER);
        assertThat(classify("I've been in hospital and couldn't collect my order, is it still there?").flags())
                .containsExactly(Flag.VULNERABLE_CUSTOMER);
    }

    @Test
    void doesNotMistakeProductsForVulnerability() {
        assertThat(classify("The roller blind I bought is the wrong width, can I exchange it?").flags()).isEmpty();
        assertThat(classify("The microwave just died after a week. I want a new one.").flags()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Spoke to Sue in accounts about the invoice",
        "Is the Tottenham Court Road store open on Sunday?",
        "Do you sell smoke alarms?",
        "Do you sell fire extinguishers?",
        "Do you have this dress in burnt orange?",
        "Is the choker necklace available in silver?",
        "Do you deliver to Melton Mowbray?",
        "Do you sell wax melts?",
        "I'd like a blood orange candle",
        "Do you sell smoked salmon?",
        "Card terminal declined my payment",
        "Can I get a breakdown of the charges",
        "The total is 89.99",
        "The TV is 85 inch",
        "Did the papers for the warranty come?",
        "Do you sell newspapers?",
        "I read the online reviews before buying",
        "I saw a post on Facebook about your sale, is it still on?",
        "I watched a YouTube video on setting it up",
        "Are you on Facebook?",
        "Are your electricians Trading Standards approved?"
    })
    void raisesNoFlagForEverydayWords(String text) {
        assertThat(classify(text).flags()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Spoke to Sue in accounts about the invoice",
        "I'd like a blood orange candle",
        "Did the papers for the warranty come?",
        "I read the online reviews before buying",
        "I watched a YouTube video on setting it up",
        "Are you on Facebook?",
        "Are your electricians Trading Standards approved?"
    })
    void treatsEverydayWordsThatLookedLikeFlagsAsQuery(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.QUERY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        I will sue you                                            | LEGAL_THREAT
        I'm going to sue                                          | LEGAL_THREAT
        I'll see you in court                                     | LEGAL_THREAT
        taking you to the small claims court                      | LEGAL_THREAT
        I'm reporting you to Trading Standards                    | LEGAL_THREAT
        it caught fire                                            | SAFETY_CONCERN
        smoke came out of the back                                | SAFETY_CONCERN
        burnt my hand                                             | SAFETY_CONCERN
        my son choked on a piece                                  | SAFETY_CONCERN
        the plastic melted                                        | SAFETY_CONCERN
        there was blood                                           | SAFETY_CONCERN
        I am terminally ill                                       | VULNERABLE_CUSTOMER
        I had a breakdown after this                              | VULNERABLE_CUSTOMER
        I'm 89 and live alone                                     | VULNERABLE_CUSTOMER
        I'll post this on Facebook                                | SOCIAL_MEDIA_THREAT
        I'm posting about how you treated my mum on Facebook      | SOCIAL_MEDIA_THREAT
        I'm going to leave a review saying how bad you are        | SOCIAL_MEDIA_THREAT
        I'll go to the papers                                     | SOCIAL_MEDIA_THREAT
        I'll be contacting the local paper                        | SOCIAL_MEDIA_THREAT
        """)
    void stillFlagsTheRealThing(String text, Flag flag) {
        assertThat(classify(text).flags()).containsExactly(flag);
    }

    @Test
    void findsSeveralFlagsInOneText() {
        assertThat(classify("The charger caught fire. I'm going to my solicitor and putting it on Facebook.").flags())
                .containsExactly(Flag.SAFETY_CONCERN, Flag.LEGAL_THREAT, Flag.SOCIAL_MEDIA_THREAT);
    }

    @Test
    void typesAreIndependentOfFlags() {
        assertThat(classify("My dad uses a wheelchair, is there a lift in the Bristol store?"))
                .extracting(Classification::type, Classification::flags)
                .containsExactly(CaseType.QUERY, Set.of(Flag.VULNERABLE_CUSTOMER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Are you on Facebook?",
        "Are your electricians Trading Standards approved?",
        "Is this heater dangerous?"
    })
    void letsAQuestionOutweighAFlagAlone(String text) {
        assertThat(classify(text).type()).isEqualTo(CaseType.QUERY);
    }

    @Test
    void keepsReportedHarmAGrievanceBesideAQuestion() {
        assertThat(classify("My son was burnt by the kettle lid. I want to know how this was allowed to happen."))
                .extracting(Classification::type, Classification::flags)
                .containsExactly(CaseType.COMPLAINT, Set.of(Flag.SAFETY_CONCERN));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Is this charger dangerous? It caught fire last night and burnt my hand.",
        "Is it dangerous? The kettle exploded.",
        "The kettle exploded. Is it dangerous?"
    })
    void keepsHarmStatedOutsideAQuestionAGrievanceWhenAQuestionAlsoNamesIt(String text) {
        assertThat(classify(text))
                .extracting(Classification::type, Classification::flags)
                .containsExactly(CaseType.COMPLAINT, Set.of(Flag.SAFETY_CONCERN));
    }

    @Test
    void keepsTheFlagOfAQuestion() {
        assertThat(classify("Is this heater dangerous?").flags()).containsExactly(Flag.SAFETY_CONCERN);
    }

    @Test
    void classificationIsImmutable() {
        Classification result = classify("cust wants refund, item faulty, has receipt");

        assertThatThrownBy(() -> result.evidence().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.flags().add(Flag.LEGAL_THREAT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> new Classification(CaseType.QUERY, 1.5, List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
