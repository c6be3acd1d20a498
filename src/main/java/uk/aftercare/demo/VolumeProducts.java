package uk.aftercare.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What generated customers bring back: two models of every product the case texts name, each with a stock code, a
 * fixed price from the product's price range and a share of its returns that are faults. Cheap, everyday things come
 * back most often; a handful of models fail far more often than the rest, so "products with repeat faults" has a
 * clear top.
 */
final class VolumeProducts {

	/** A product as the case texts name it, with its price range in pounds and how often it comes back. */
	record Product(String noun, int minPrice, int maxPrice, int returnWeight, boolean electrical, boolean bulky,
			boolean hygiene) {
	}

	/** One model: what goes on the return authorisation's line. */
	record Model(Product product, String sku, String description, BigDecimal price, double faultShare, int weight) {
	}

	private static final String[] BRANDS = { "Brightwell", "Hestia", "Norde", "Kestrel", "Ashby", "Linden", "Marlow",
			"Tarn", "Calder", "Wren" };

	/** Models that fail far more often than the rest: (product, model 0 or 1). */
	private static final Object[][] REPEAT_FAULTS = { { "air fryer", 1 }, { "smartwatch", 0 },
			{ "coffee machine", 1 }, { "headphones", 0 }, { "washing machine", 0 }, { "hair dryer", 1 } };

	private static final List<Product> PRODUCTS = List.of(
			p("kettle", 25, 60, 5, true, false, false), p("toaster", 25, 70, 4, true, false, false),
			p("microwave", 80, 250, 3, true, false, false), p("fridge freezer", 400, 1100, 2, true, true, false),
			p("washing machine", 350, 800, 2, true, true, false), p("tumble dryer", 300, 700, 1, true, true, false),
			p("dishwasher", 300, 650, 1, true, true, false), p("vacuum cleaner", 80, 400, 4, true, false, false),
			p("coffee machine", 90, 600, 3, true, false, false), p("blender", 30, 120, 3, true, false, false),
			p("air fryer", 60, 200, 4, true, false, false), p("slow cooker", 30, 80, 2, true, false, false),
			p("iron", 25, 90, 2, true, false, false), p("hair dryer", 20, 150, 3, true, false, false),
			p("electric toothbrush", 30, 250, 3, true, false, true), p("laptop", 400, 1600, 2, true, false, false),
			p("tablet", 200, 900, 2, true, false, false), p("smartphone", 300, 1200, 2, true, false, false),
			p("headphones", 40, 350, 5, true, false, true), p("smartwatch", 150, 450, 3, true, false, false),
			p("TV", 300, 1500, 2, true, true, false), p("soundbar", 150, 600, 1, true, false, false),
			p("printer", 60, 250, 2, true, false, false), p("games console", 250, 500, 2, true, false, false),
			p("sofa", 500, 1800, 1, false, true, false), p("armchair", 200, 700, 1, false, true, false),
			p("bed frame", 200, 900, 1, false, true, false), p("mattress", 250, 1000, 1, false, true, false),
			p("wardrobe", 250, 900, 1, false, true, false), p("bookcase", 60, 250, 1, false, true, false),
			p("dining table", 200, 900, 1, false, true, false), p("desk chair", 80, 300, 2, false, false, false),
			p("rug", 50, 300, 2, false, false, false), p("curtains", 30, 150, 3, false, false, false),
			p("duvet set", 25, 120, 3, false, false, false), p("towel bale", 20, 60, 2, false, false, false),
			p("winter coat", 60, 250, 6, false, false, false), p("walking boots", 60, 180, 4, false, false, false),
			p("trainers", 40, 150, 7, false, false, false), p("jeans", 30, 90, 8, false, false, false),
			p("dress", 30, 150, 8, false, false, false), p("suit jacket", 80, 300, 3, false, false, false),
			p("handbag", 30, 250, 3, false, false, false), p("school shoes", 25, 60, 4, false, false, false),
			p("kids' scooter", 25, 120, 2, false, false, false), p("bike", 200, 900, 1, false, true, false),
			p("garden furniture set", 250, 1000, 1, false, true, false), p("lawnmower", 100, 450, 1, true, true, false),
			p("drill", 40, 180, 2, true, false, false), p("barbecue", 80, 500, 1, false, true, false),
			p("paddling pool", 20, 80, 1, false, false, false), p("pushchair", 150, 700, 1, false, false, false),
			p("car seat", 80, 300, 1, false, false, false), p("cot", 100, 400, 1, false, true, false),
			p("electric blanket", 30, 90, 1, true, false, false), p("heater", 30, 150, 2, true, false, false),
			p("fan", 25, 120, 2, true, false, false), p("mobility scooter battery", 80, 250, 1, true, false, false),
			p("hearing aid batteries", 5, 20, 1, false, false, true), p("perfume", 30, 120, 2, false, false, true),
			p("candle set", 15, 45, 2, false, false, false));

	private final List<Model> models = new ArrayList<>();

	private final int[] cumulative;

	VolumeProducts() {
		int index = 0;
		for (Product product : PRODUCTS) {
			for (int variant = 0; variant < 2; variant++) {
				boolean lemon = isRepeatFault(product.noun(), variant);
				double share = lemon ? 0.8 : product.electrical() ? 0.4 : 0.12;
				int weight = product.returnWeight() * (lemon ? 6 : 2) - variant;
				String brand = BRANDS[(index * 3 + variant * 7) % BRANDS.length];
				String description = brand + " " + product.noun()
						+ (variant == 1 ? (product.electrical() ? " Pro" : " Deluxe") : "");
				models.add(new Model(product, sku(product.noun(), index, variant), description,
						price(product, variant), share, Math.max(1, weight)));
			}
			index++;
		}
		cumulative = new int[models.size()];
		int total = 0;
		for (int i = 0; i < models.size(); i++) {
			total += models.get(i).weight();
			cumulative[i] = total;
		}
	}

	/** A model, weighted by how often it comes back. */
	Model pick(SplittableRandom random) {
		int r = random.nextInt(cumulative[cumulative.length - 1]);
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] > r) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return models.get(low);
	}

	/** The other model of the same product, for a second line. */
	Model sibling(Model model) {
		int i = models.indexOf(model);
		return models.get(i % 2 == 0 ? i + 1 : i - 1);
	}

	List<Model> models() {
		return List.copyOf(models);
	}

	private static boolean isRepeatFault(String noun, int variant) {
		for (Object[] fault : REPEAT_FAULTS) {
			if (fault[0].equals(noun) && (int) fault[1] == variant) {
				return true;
			}
		}
		return false;
	}

	/** The cheaper model a quarter of the way up the range, the dearer three quarters; shop prices end in .99. */
	private static BigDecimal price(Product product, int variant) {
		double at = product.minPrice() + (product.maxPrice() - product.minPrice()) * (variant == 0 ? 0.25 : 0.75);
		long pounds = Math.max(1, Math.round(at));
		return BigDecimal.valueOf(pounds * 100 - 1, 2);
	}

	private static String sku(String noun, int index, int variant) {
		String letters = noun.replaceAll("[^A-Za-z ]", "").toUpperCase(java.util.Locale.ROOT);
		String[] words = letters.split(" ");
		String prefix = words.length > 1 ? words[0].substring(0, 1) + words[1].substring(0, 1)
				: words[0].substring(0, 2);
		return prefix + "-" + (1000 + index * 10 + variant);
	}

	private static Product p(String noun, int min, int max, int weight, boolean electrical, boolean bulky,
			boolean hygiene) {
		return new Product(noun, min, max, weight, electrical, bulky, hygiene);
	}

}
