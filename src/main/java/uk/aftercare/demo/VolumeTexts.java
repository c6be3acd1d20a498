package uk.aftercare.demo;

import java.util.Map;
import java.util.SplittableRandom;

import uk.aftercare.followups.RootCause;
import uk.aftercare.returns.CustomerWish;
import uk.aftercare.returns.ReasonCode;

/**
 * What generated customers are called and what they say: a few hundred description templates per case type, made of
 * an opening, the matter and what the customer wants, with the product and timings filled in.
 */
final class VolumeTexts {

	private VolumeTexts() {
	}

	static final String[] FIRST_NAMES = { "Olivia", "Amelia", "Isla", "Ava", "Mia", "Sophia", "Grace", "Lily", "Freya",
			"Emily", "Ella", "Poppy", "Charlotte", "Evie", "Sienna", "Daisy", "Aisha", "Priya", "Fatima", "Zara",
			"Hannah", "Chloe", "Ruth", "Margaret", "Helen", "Susan", "Joan", "Niamh", "Siobhan", "Megan", "Oliver",
			"George", "Noah", "Arthur", "Harry", "Leo", "Muhammad", "Jack", "Charlie", "Oscar", "Jacob", "Henry",
			"Thomas", "Freddie", "Alfie", "Theo", "William", "James", "Daniel", "Ravi", "Kwame", "Tomasz", "Liam",
			"Owen", "Rhys", "Callum", "Ewan", "Peter", "David", "Robert", "Michael", "Sean", "Victor", "Frank" };

	static final String[] LAST_NAMES = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
			"Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
			"Jackson", "Clarke", "Khan", "Begum", "Ahmed", "Okafor", "Mensah", "Nowak", "Kowalski", "Murphy",
			"O'Brien", "Kelly", "Campbell", "Stewart", "MacDonald", "Hughes", "Edwards", "Lewis", "Morgan", "Price",
			"Holloway", "Fairweather", "Pennington", "Turner-Ward", "Chandran", "Nair", "Rahman", "Saleh", "Adeyemi",
			"Castellano", "Moreno", "Alvarez", "Chen", "Wong", "Singh", "Kaur", "Harris", "Martin", "Cooper", "Ward",
			"Marshall", "Brooks", "Ellis", "Doyle", "Scott" };

	static final String[] PRODUCTS = { "kettle", "toaster", "microwave", "fridge freezer", "washing machine",
			"tumble dryer", "dishwasher", "vacuum cleaner", "coffee machine", "blender", "air fryer", "slow cooker",
			"iron", "hair dryer", "electric toothbrush", "laptop", "tablet", "smartphone", "headphones", "smartwatch",
			"TV", "soundbar", "printer", "games console", "sofa", "armchair", "bed frame", "mattress", "wardrobe",
			"bookcase", "dining table", "desk chair", "rug", "curtains", "duvet set", "towel bale", "winter coat",
			"walking boots", "trainers", "jeans", "dress", "suit jacket", "handbag", "school shoes", "kids' scooter",
			"bike", "garden furniture set", "lawnmower", "drill", "barbecue", "paddling pool", "pushchair",
			"car seat", "cot", "electric blanket", "heater", "fan", "mobility scooter battery", "hearing aid batteries",
			"perfume", "gift card", "candle set" };

	private static final String[] RETURN_OPENINGS = { "Customer came in with the {p}", "Customer rang about the {p}",
			"Hi, I bought a {p} {d} days ago", "The {p} I ordered arrived {d} days ago", "Customer emailed about a {p}",
			"Re order {o}: the {p}", "Customer has the receipt for the {p}", "Bought the {p} online last week",
			"Gift receipt for a {p}", "Customer chatting about the {p} from order {o}" };

	/** What is wrong, by the reason the return authorisation records (ReasonCode). */
	private static final Map<ReasonCode, String[]> RETURN_PROBLEMS = Map.of(
			ReasonCode.FAULTY, new String[] { "the stitching is coming undone", "it has come apart after {d} days",
					"the fabric has torn along the seam", "a part has snapped off", "a fixing broke the first week" },
			ReasonCode.DAMAGED_IN_TRANSIT, new String[] { "it arrived damaged",
					"the box was soaked and the {p} is scratched", "it arrived with a dent in the side",
					"the glass was broken when it was unpacked" },
			ReasonCode.WRONG_ITEM, new String[] { "a different model was delivered",
					"it is the wrong colour, not what was ordered", "the order was for two, one came" },
			ReasonCode.NOT_AS_DESCRIBED, new String[] { "it is not as described on the website",
					"the colour is different to the picture", "a part is missing",
					"it is smaller than the listing said" },
			ReasonCode.CHANGED_MIND, new String[] { "it was unwanted, still sealed", "they changed their mind, tags still on",
					"it is the wrong size", "it is too small", "it was a duplicate present" },
			ReasonCode.OTHER, new String[] { "it does not fit the space at home", "they found it cheaper elsewhere",
					"it was bought for someone who has moved away" });

	/** Faults of things with a plug or a battery. */
	private static final String[] ELECTRICAL_FAULTS = { "it stopped working after {d} days",
			"it has a fault, the power light flickers", "it makes a grinding noise", "it keeps switching itself off",
			"it will not switch on", "it will not hold charge", "it trips the electrics" };

	/** Failed repairs get their own words: the engine treats them differently. */
	private static final String[] REPEAT_FAULT_PROBLEMS = { "the same fault is back after a repair",
			"it was repaired once already and has failed again" };

	/** What the customer asks for, by the wish the return authorisation records (CustomerWish). */
	private static final Map<CustomerWish, String[]> RETURN_ASKS = Map.of(
			CustomerWish.REFUND, new String[] { "and wants a refund.", "and asks for the money back to the card.",
					"and wants to send it back.", "and wants to return it in store." },
			CustomerWish.REPLACEMENT, new String[] { "and wants a replacement sent out.",
					"and wants a new one in its place." },
			CustomerWish.REPAIR, new String[] { "and wants it repaired or replaced.", "and wants it fixed." },
			CustomerWish.EXCHANGE, new String[] { "and would like to exchange it.", "and wants a different one." },
			CustomerWish.PRICE_REDUCTION, new String[] { "and asks for something off the price." });

	private static final String[] COMPLAINT_OPENINGS = { "Customer unhappy about", "Very poor service:",
			"I want to complain about", "Customer rang, upset about", "Third time writing about",
			"Customer complained in store about", "Absolutely disgusted with", "Not happy with" };

	/**
	 * What customers complain about, with the root cause staff usually find when they close it. The causes are long
	 * tailed, as they are in any shop: delivery and process failures dominate, pricing and "other" are rare.
	 */
	static final Matter[] COMPLAINT_MATTERS = {
			m("the delivery of the {p}, nobody turned up", RootCause.DELIVERY, 8),
			m("the missed delivery slot for the {p}, took a day off work", RootCause.DELIVERY, 8),
			m("the parcel left in the rain", RootCause.DELIVERY, 6),
			m("the rude driver who delivered the {p}", RootCause.DELIVERY, 4),
			m("the {p} delivered to the wrong address", RootCause.DELIVERY, 6),
			m("being promised a call back about the {p} that never came", RootCause.PROCESS, 7),
			m("the wait on the phone, over 40 minutes", RootCause.PROCESS, 6),
			m("the refund for the {p} still not showing after {d} days", RootCause.PROCESS, 6),
			m("the queue at customer services", RootCause.PROCESS, 3),
			m("being charged twice for order {o}", RootCause.PROCESS, 4),
			m("the {p} breaking for the second time", RootCause.PRODUCT_DEFECT, 7),
			m("the quality of the {p} for the price", RootCause.PRODUCT_DEFECT, 7),
			m("how she was spoken to at the tills", RootCause.STAFF_CONDUCT, 6),
			m("the manager being dismissive about the {p}", RootCause.STAFF_CONDUCT, 5),
			m("being told the {p} was in stock when it was not", RootCause.INFORMATION, 4),
			m("being given the wrong delivery date for the {p}", RootCause.INFORMATION, 4),
			m("the price of the {p} dropping the day after she bought it", RootCause.PRICING, 3),
			m("the price at the till being higher than on the shelf", RootCause.PRICING, 2),
			m("the installation of the {p}, the engineer left a mess", RootCause.OTHER, 2) };

	private static final int MATTER_WEIGHTS = java.util.Arrays.stream(COMPLAINT_MATTERS).mapToInt(Matter::weight).sum();

	private static final String[] COMPLAINT_ASKS = { "Wants an apology.", "Wants someone to call back today.",
			"Not asking for anything back, just wants it noted.", "Wants to speak to a manager.",
			"Says they will leave a review.", "Wants to know it will not happen again." };

	private static final String[] QUERY_OPENINGS = { "Customer asked", "Quick question:", "Hi, can you tell me",
			"Customer rang to ask", "Chat enquiry:", "Email enquiry:" };

	private static final String[] QUERY_MATTERS = { "what time you open on Sunday",
			"whether the {p} comes with a warranty", "how long a refund takes to reach the card",
			"if the {p} is in stock in the Leeds store", "where order {o} is, tracking has not updated",
			"if you sell spare parts for the {p}", "what the returns policy is for sale items",
			"whether gift cards work online", "how to update the email on the account",
			"if the {p} is dishwasher safe", "whether you price match", "when the {p} will be back in stock" };

	private static final String[] QUERY_CLOSINGS = { "", " Thanks.", " Many thanks.", " Please let me know.",
			" No rush." };

	/** What a complaint is about, and the root cause it usually turns out to have. */
	record Matter(String text, RootCause cause, int weight) {
	}

	/** A complaint matter, weighted so the root causes are long tailed. */
	static Matter matter(SplittableRandom random) {
		int r = random.nextInt(MATTER_WEIGHTS);
		for (Matter matter : COMPLAINT_MATTERS) {
			r -= matter.weight();
			if (r < 0) {
				return matter;
			}
		}
		return COMPLAINT_MATTERS[0];
	}

	/** A query's description, built from the templates. */
	static String query(String product, String order, SplittableRandom random) {
		return fill(pick(QUERY_OPENINGS, random) + " " + pick(QUERY_MATTERS, random) + "?" + pick(QUERY_CLOSINGS, random),
				product, order, random);
	}

	/** A return's description, saying what the return authorisation records: the reason and what the customer wants. */
	static String returnOf(ReasonCode reason, boolean repeatFault, CustomerWish wish, String product,
			boolean electrical, String order, SplittableRandom random) {
		String problem = repeatFault ? pick(REPEAT_FAULT_PROBLEMS, random)
				: reason == ReasonCode.FAULTY && electrical ? pick(ELECTRICAL_FAULTS, random)
						: pick(RETURN_PROBLEMS.get(reason), random);
		return fill(pick(RETURN_OPENINGS, random) + ", " + problem + " " + pick(RETURN_ASKS.get(wish), random), product,
				order, random);
	}

	static String complaint(Matter matter, String product, String order, SplittableRandom random) {
		return fill(pick(COMPLAINT_OPENINGS, random) + " " + matter.text() + ". " + pick(COMPLAINT_ASKS, random),
				product, order, random);
	}

	private static String fill(String text, String product, String order, SplittableRandom random) {
		return text.replace("{p}", product)
			.replace("{o}", order == null ? "W-" + (10000 + random.nextInt(90000)) : order)
			.replace("{d}", String.valueOf(2 + random.nextInt(40)));
	}

	private static Matter m(String text, RootCause cause, int weight) {
		return new Matter(text, cause, weight);
	}

	static String pick(String[] options, SplittableRandom random) {
		return options[random.nextInt(options.length)];
	}

}
