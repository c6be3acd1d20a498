package uk.aftercare.demo;

import java.util.List;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.classification.CaseType;

/** The demo interactions: what customers said, and how far each case has got. */
final class DemoCases {

	private DemoCases() {
	}

	record Demo(String by, String name, String email, String phone, ContactChannel channel, String order,
			String product, String said, CaseType type, boolean vulnerable, List<CaseStatus> path,
			List<String> contacts) {
	}

	private static Demo demo(String by, String name, String email, String phone, ContactChannel channel, String order,
			String product, String said, CaseStatus... path) {
		return new Demo(by, name, email, phone, channel, order, product, said, null, false, List.of(path), List.of());
	}

	static final List<Demo> ALL = List.of(
			demo("staff", "Margaret Holloway", "m.holloway@example.co.uk", "07700 900101", ContactChannel.IN_STORE,
					"R-20418", "Breville kettle", "Customer brought the kettle back, it leaks from the base after a week. "
							+ "Has the receipt and wants a refund.", CaseStatus.IN_PROGRESS),
			demo("staff", "Daniel Okafor", "dan.okafor@example.com", null, ContactChannel.EMAIL, "W-88213",
					"Walking boots size 10", "Hi, the boots arrived on Tuesday but they are too small. Can I send them "
							+ "back for a refund please? They have not been worn."),
			demo("staff2", "Aisha Rahman", "aisha.r@example.org", "07700 900202", ContactChannel.PHONE, "W-88020",
					"Sofa (3 seater)", "Cust rang re sofa delivery, missed 2nd delivery slot, took day off work both times, "
							+ "v unhappy, wants someone to call her back today.", CaseStatus.AWAITING_CUSTOMER),
			demo("staff", "Peter Lang", "peter.lang@example.net", null, ContactChannel.WEB, null, null,
					"What time do you open on Sunday and do you have parking?", CaseStatus.RESOLVED,
					CaseStatus.CLOSED),
			demo("staff", "Grace Whitfield", "grace.whitfield@example.co.uk", "07700 900303", ContactChannel.PHONE,
					"R-19977", "Dualit toaster", "The toaster started sparking and there was a burning smell, my son "
							+ "nearly burnt his hand. I want my money back and I want to know it is being looked into."),
			demo("staff2", "Tom Castellano", "tom.c@example.com", null, ContactChannel.CHAT, "W-87654", "Laptop",
					"How long does a refund take to reach my card once you have the laptop back?", CaseStatus.RESOLVED),
			demo("staff", "Helen Mbeki", "helen.mbeki@example.co.uk", null, ContactChannel.EMAIL, "W-87001",
					"Fridge freezer", "This is the third time I have written. The fridge freezer has stopped cooling, "
							+ "all my food is ruined. If I don't hear back I will be contacting my solicitor and "
							+ "Trading Standards.", CaseStatus.IN_PROGRESS),
			demo("staff", "Ravi Chandran", "ravi.chandran@example.com", "07700 900404", ContactChannel.IN_STORE,
					null, null, "Customer unhappy with how he was spoken to at the tills on Saturday, says the assistant "
							+ "was rude and walked off. Not asking for anything back, wants an apology.",
					CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED),
			demo("staff2", "Olivia Brennan", "olivia.brennan@example.ie", null, ContactChannel.WEB, "W-88400",
					"Gift card", "Can I use a gift card online as well as in store?", CaseStatus.RESOLVED,
					CaseStatus.CLOSED),
			demo("staff", "George Fairweather", null, "01632 960555", ContactChannel.PHONE, "R-20001",
					"Electric blanket", "Elderly gentleman, recently bereaved, a bit confused on the phone. Electric "
							+ "blanket is not heating. Wants to swap it for one that works."),
			demo("staff", "Sophie Turner-Ward", "sophie.tw@example.com", null, ContactChannel.CHAT, "W-88511",
					"Dress", "The dress I ordered is a different colour to the picture on your website. Please can I "
							+ "exchange it for the navy one?", CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_CUSTOMER),
			demo("staff2", "Mohammed Saleh", "m.saleh@example.co.uk", "07700 900505", ContactChannel.PHONE, "W-86900",
					"Washing machine", "Washing machine was repaired last month and the same fault is back, drum won't "
							+ "spin. Customer wants a refund now rather than another repair.", CaseStatus.IN_PROGRESS),
			demo("staff", "Emily Chen", "emily.chen@example.com", null, ContactChannel.EMAIL, "W-88602", "Headphones",
					"Where is my order? It said it would arrive yesterday and the tracking has not updated."),
			demo("staff", "Liam Gallagher", "liam.g@example.co.uk", null, ContactChannel.WEB, "W-88603",
					"Phone case", "Absolutely disgusted, the parcel was left in the rain on my doorstep and the box "
							+ "was soaked. I'll be posting about this on Facebook and leaving a review.",
					CaseStatus.IN_PROGRESS),
			demo("staff2", "Priya Nair", "priya.nair@example.com", "07700 900606", ContactChannel.IN_STORE, "R-20550",
					"Candle set", "Gift receipt, unwanted present, unopened. Would like to exchange for something else.",
					CaseStatus.RESOLVED, CaseStatus.CLOSED),
			demo("staff", "Hannah Price", "hannah.price@example.co.uk", null, ContactChannel.EMAIL, null, null,
					"What is your returns policy for sale items?", CaseStatus.RESOLVED, CaseStatus.CLOSED),
			demo("staff", "James Whitaker", "j.whitaker@example.com", "07700 900707", ContactChannel.PHONE, "W-85000",
					"Garden furniture set", "Customer says the table arrived with a crack in the glass top. Wants a "
							+ "replacement table sent out.", CaseStatus.IN_PROGRESS),
			demo("staff2", "Chloe Adeyemi", "chloe.adeyemi@example.org", null, ContactChannel.CHAT, "W-88700",
					"Kids' scooter", "The scooter's handlebar came loose while my daughter was riding it and she fell "
							+ "and cut her knee. This is dangerous."),
			demo("staff", "Robert Harris", "rob.harris@example.co.uk", null, ContactChannel.EMAIL, "W-84444",
					"Coffee machine", "I want to complain about how my return was handled. I was promised a call back "
							+ "twice and nobody rang.", CaseStatus.IN_PROGRESS),
			demo("staff", "Fatima Begum", "fatima.begum@example.com", "07700 900808", ContactChannel.IN_STORE,
					"R-20612", "Microwave", "Microwave stopped working after 3 months. Has receipt, wants it repaired "
							+ "or replaced.", CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED),
			demo("staff2", "William Scott", "w.scott@example.co.uk", null, ContactChannel.WEB, null, "Vacuum cleaner",
					"Do you sell replacement filters for the cordless vacuum?", CaseStatus.RESOLVED, CaseStatus.CLOSED),
			demo("staff", "Zoe Marshall", "zoe.marshall@example.com", null, ContactChannel.EMAIL, "W-88810",
					"Bedding set", "Ordered a double duvet cover, received a single. Please send the right one and I "
							+ "will return this."),
			demo("staff", "Kwame Mensah", "kwame.mensah@example.co.uk", "07700 900909", ContactChannel.PHONE, null,
					null, "Called to say the staff member Jo in the Leeds store was really helpful with his return and "
							+ "he wanted to pass on thanks. Also asked when the store closes on bank holidays.",
					CaseStatus.RESOLVED, CaseStatus.CLOSED),
			demo("staff2", "Isabel Moreno", "isabel.moreno@example.es", null, ContactChannel.CHAT, "W-88901", "TV",
					"My TV was meant to be delivered and installed on Friday, the driver didn't turn up and no one told "
							+ "me. I waited in all day. Very poor.", CaseStatus.AWAITING_CUSTOMER),
			demo("staff", "Arthur Pennington", "a.pennington@example.co.uk", "01632 960777", ContactChannel.PHONE,
					"W-83300", "Mobility scooter battery", "Customer's carer called: he is housebound and relies on the "
							+ "scooter, the new battery won't hold charge. They need a replacement urgently."),
			demo("staff", "Natalie Brooks", "natalie.brooks@example.com", null, ContactChannel.WEB, "W-88990",
					"Perfume", "The perfume I received has a broken seal and smells off. I'd like a refund please."),
			demo("staff2", "Owen Hughes", "owen.hughes@example.co.uk", null, ContactChannel.EMAIL, "W-87120",
					"Running shoes", "I returned the trainers two weeks ago and still haven't had my refund. If it isn't "
							+ "sorted this week I'll raise a chargeback with my bank.", CaseStatus.IN_PROGRESS),
			demo("staff", "Ruth Adler", "ruth.adler@example.com", null, ContactChannel.IN_STORE, null, "Reading glasses",
					"Customer asked whether we can order in stronger reading glasses, +3.5.", CaseStatus.RESOLVED),
			demo("staff", "Sean Murphy", "sean.murphy@example.co.uk", "07700 900111", ContactChannel.PHONE, "R-20777",
					"Drill", "Drill stopped working on first use, the chuck is jammed. Wants to bring it back and swap "
							+ "it.", CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED),
			demo("staff2", "Amelia Clarke", "amelia.clarke@example.com", null, ContactChannel.CHAT, "W-89012",
					"Blender", "Is the blender dishwasher safe? The instructions don't say."),
			demo("staff", "Daniel Okafor", "dan.okafor@example.com", null, ContactChannel.EMAIL, "W-88213",
					"Walking boots size 10", "I sent the boots back ten days ago and haven't heard anything. I'm "
							+ "really not happy with how long this is taking.", CaseStatus.IN_PROGRESS),
			demo("staff", "Margaret Holloway", "m.holloway@example.co.uk", "07700 900101", ContactChannel.PHONE,
					"R-20418", "Breville kettle", "Mrs Holloway called again, very upset that nobody has rung her back "
							+ "about the kettle refund. Second time she has complained this month."),
			demo("staff2", "Benjamin Ross", "ben.ross@example.co.uk", null, ContactChannel.WEB, "W-89100",
					"Bookcase", "Flat-pack bookcase is missing two shelves and the screws pack. Could you send the "
							+ "missing parts?", CaseStatus.AWAITING_CUSTOMER),
			demo("staff", "Lucy Evans", "lucy.evans@example.com", "07700 900222", ContactChannel.IN_STORE, "R-20901",
					"Winter coat", "Bought the coat yesterday, changed her mind, tags still on. Has the receipt.",
					CaseStatus.RESOLVED, CaseStatus.CLOSED),
			demo("staff", "Harriet Doyle", "harriet.doyle@example.co.uk", null, ContactChannel.EMAIL, null, null,
					"How do I update the email address on my account?", CaseStatus.RESOLVED),
			demo("staff2", "Victor Alvarez", "victor.alvarez@example.com", null, ContactChannel.PHONE, "W-80123",
					"Smartwatch", "Watch screen cracked by itself, customer says it was never dropped, bought 8 "
							+ "months ago. Wants a repair.", CaseStatus.IN_PROGRESS),
			new Demo("staff", "Nina Kowalski", "nina.k@example.pl", null, ContactChannel.EMAIL, "W-89200", "Rug",
					"The rug is lovely but the colour is a bit darker than I expected. Not sure what to do really.",
					CaseType.QUERY, false, List.of(CaseStatus.AWAITING_CUSTOMER),
					List.of("Emailed photos of the lighter option and our returns policy.")),
			new Demo("staff", "Frank Ellis", "frank.ellis@example.co.uk", "01632 960999", ContactChannel.PHONE,
					"R-19000", "Hearing aid batteries", "Customer on benefits, says he cannot afford to buy another pack; "
							+ "the batteries were flat out of the box. Wants them replaced.",
					null, true, List.of(), List.of("Customer rang again, still waiting.",
							"Customer rang a third time, upset.")));

}
