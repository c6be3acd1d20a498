package uk.aftercare.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import uk.aftercare.classification.CaseType;

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

	private static final String[] RETURN_PROBLEMS = { "it stopped working after {d} days", "it arrived damaged",
			"the box was soaked and the {p} is scratched", "it is the wrong size", "it is not as described on the website",
			"it has a fault, the power light flickers", "it makes a grinding noise", "a part is missing",
			"it leaks from the base", "the colour is different to the picture", "it was unwanted, still sealed",
			"they changed their mind, tags still on", "the same fault is back after a repair",
			"the screen cracked by itself", "it will not hold charge", "it is too small" };

	private static final String[] RETURN_ASKS = { "and wants a refund.", "and would like to exchange it.",
			"and wants it repaired or replaced.", "and asks for the money back to the card.",
			"and wants to send it back.", "and wants a replacement sent out.", "and wants to return it in store.",
			"and asks for a refund of the delivery charge too." };

	private static final String[] COMPLAINT_OPENINGS = { "Customer unhappy about", "Very poor service:",
			"I want to complain about", "Customer rang, upset about", "Third time writing about",
			"Customer complained in store about", "Absolutely disgusted with", "Not happy with" };

	private static final String[] COMPLAINT_MATTERS = { "the delivery of the {p}, nobody turned up",
			"the missed delivery slot for the {p}, took a day off work", "how she was spoken to at the tills",
			"being promised a call back about the {p} that never came", "the wait on the phone, over 40 minutes",
			"the refund for the {p} still not showing after {d} days", "the parcel left in the rain",
			"the installation of the {p}, the engineer left a mess", "the queue at customer services",
			"the price of the {p} dropping the day after she bought it", "being charged twice for order {o}",
			"the rude driver who delivered the {p}" };

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

	/** A description for a case of this type, built from the templates. */
	static String description(CaseType type, String product, String order, SplittableRandom random) {
		String text = switch (type) {
			case RETURN -> pick(RETURN_OPENINGS, random) + ", " + pick(RETURN_PROBLEMS, random) + " "
					+ pick(RETURN_ASKS, random);
			case COMPLAINT -> pick(COMPLAINT_OPENINGS, random) + " " + pick(COMPLAINT_MATTERS, random) + ". "
					+ pick(COMPLAINT_ASKS, random);
			case QUERY -> pick(QUERY_OPENINGS, random) + " " + pick(QUERY_MATTERS, random) + "?"
					+ pick(QUERY_CLOSINGS, random);
		};
		return text.replace("{p}", product)
			.replace("{o}", order == null ? "W-" + (10000 + random.nextInt(90000)) : order)
			.replace("{d}", String.valueOf(2 + random.nextInt(40)));
	}

	/** How many distinct templates there are per type (before the product and numbers are filled in). */
	static List<Integer> templateCounts() {
		List<Integer> counts = new ArrayList<>();
		counts.add(RETURN_OPENINGS.length * RETURN_PROBLEMS.length * RETURN_ASKS.length);
		counts.add(COMPLAINT_OPENINGS.length * COMPLAINT_MATTERS.length * COMPLAINT_ASKS.length);
		counts.add(QUERY_OPENINGS.length * QUERY_MATTERS.length * QUERY_CLOSINGS.length);
		return counts;
	}

	static String pick(String[] options, SplittableRandom random) {
		return options[random.nextInt(options.length)];
	}

}
