package uk.aftercare.returns;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Formatting for the sentences staff read to customers: en-GB dates, pound amounts and the product's name.
 */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    /** How a return of several item lines names its goods; {@link ItemName} speaks of them as several. */
    static final String SEVERAL_ITEMS = "the items";

    private static final List<String> DETERMINERS = List.of("the ", "a ", "an ", "your ", "this ", "these ", "those ");

    private Wording() {
    }

    /** "1 April 2026". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "£1,249.00". */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(amount);
    }

    /** "kettle" becomes "the kettle"; "your new kettle" stays as it is. */
    static String item(String description) {
        String lower = description.toLowerCase(Locale.UK);
        for (String determiner : DETERMINERS) {
            if (lower.startsWith(determiner)) {
                return description;
            }
        }
        return "the " + description;
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Joins clauses into one sentence: "a", "a and b", "a, b and c". */
    static String and(List<String> clauses) {
        if (clauses.size() <= 1) {
            return String.join("", clauses);
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
    }

    /**
     * What was wrong with the goods, to finish "Because the kettle ..." (or "Because the items ...", agreeing with
     * {@code item}), for a reason that is a breach of contract
     * but not a fault; {@code null} for a fault, or when no reason is known. The law treats them alike, as goods that
     * do not conform to the contract (CRA 2015 ss.9-11, 13; s.29 for damage before delivery), but a customer sent the
     * wrong item has not had a fault.
     */
    static String nonConformity(ReasonCode reason, ItemName item) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case NOT_AS_DESCRIBED -> item.was() + " not as described";
            case DAMAGED_IN_TRANSIT -> "arrived damaged";
            case WRONG_ITEM -> item.was() + " not " + item.theItem() + " you ordered";
            case FAULTY, CHANGED_MIND, OTHER -> null;
        };
    }

    /** How the sale was made, to finish "you bought it ...". */
    static String channel(SaleChannel channel) {
        return switch (channel) {
            case IN_STORE -> "in one of our shops";
            case ONLINE -> "online";
            case PHONE -> "by phone";
            case OFF_PREMISES -> "away from our shop";
        };
    }
}
