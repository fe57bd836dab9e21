package org.claimcheck.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus of realistic, entirely fictional news articles in Markdown with front matter. Events (floods,
 * fires, storms, strikes) happen in invented towns, each event in a town of its own; about ten articles restate each
 * event with the variations reporters use (hedges, spelled-out numbers, other units, quotations), a few carry a
 * changed figure, a changed date or a changed word inside a quotation, and some, published after the event's other
 * articles, report a later update. Article length and number density are close to short wire copy: about 1.8 KB and
 * one number in every two or three sentences. The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    private static final List<String> TOWN_STARTS = List.of("Ash", "Thorn", "Marl", "East", "Keld", "Wren", "Salt",
            "Brind", "Oak", "Pell", "Calder", "Fen", "Esk", "Har", "Mill", "Tarn", "Grey", "Lowe", "Amber", "Raven");
    private static final List<String> TOWN_ENDS = List.of("combe", "wick", "brook", "bury", "by", "hold", "cote",
            "ley", "hurst", "ham", "ford", "mere", "stead", "marsh", "fold", "gate", "thorpe", "well", "den", "ton");
    private static final List<String> TOWN_PREFIXES = List.of("", "Upper ", "Lower ", "Great ", "Little ", "North ",
            "South ", "East ", "West ", "Old ", "New ", "Kings ", "Market ", "Long ", "High ", "Nether ", "Church ",
            "Castle ", "Bishops ", "Saint ", "Far ", "Near ", "Middle ", "Brook ", "Hill ");
    private static final List<String> REGIONS = List.of("Harrow Valley", "Calder", "Fenland Reach", "Upper Wold",
            "Saltmarsh", "Greyhaven", "North Tarn", "Kestrel Downs");
    private static final List<String> KINDS = List.of("flood", "wildfire", "storm", "landslide", "chemical fire");
    private static final List<String> OFFICIALS = List.of("Alys Pennard", "Owen Marsh", "Miriam Osei",
            "Tomas Reyne", "Hester Vale", "Idris Colm", "Nadia Ferrow", "Bram Tollick", "Ceri Lund", "Jonah Stray");
    private static final List<String> ROLES = List.of("the fire chief", "the regional governor",
            "the council leader", "the chief hydrologist", "the emergency coordinator");
    private static final List<String> OUTLETS = List.of("Riverside Gazette", "Northfield Times", "Valley Wire",
            "Coastal Courier", "Evening Ledger", "Morning Standard");
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"};
    private static final List<String> FILLER = List.of(
            "Residents described scenes of confusion as emergency crews moved from street to street.",
            "Local businesses said they did not yet know when they would be able to reopen.",
            "The council said it would publish a full review once the clean-up was complete.",
            "Volunteers set up a reception centre in the community hall and handed out blankets and hot food.",
            "Forecasters warned that conditions could worsen again later in the week.",
            "Opposition councillors questioned whether the warning had come early enough.",
            "Schools in the area stayed closed while engineers inspected the buildings.",
            "Insurers said it was too early to estimate the cost of the damage.",
            "Several roads remained closed and drivers were asked to avoid the area.",
            "The regional authority thanked neighbouring services for sending crews at short notice.",
            "Charities appealed for donations of clothing and bedding for families who had lost their homes.",
            "Engineers were examining whether older defences should be replaced rather than repaired.",
            "Some families said they had been told to leave with only a few minutes' warning.",
            "Officials urged residents not to return until the all-clear had been given.");

    /**
     * The file listing the planted articles, one per line: file name, a tab, and {@code conflict:FIELD} or
     * {@code update:injured}. Articles not listed restate their event faithfully.
     */
    public static final String PLANTED = "planted.tsv";

    /** Days after its event an update is published: after the event's other articles, which take one to five. */
    private static final int UPDATE_DAYS = 6;

    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * One event: what happened, where, when, its figures, and what its official said, with the same words but one
     * changed, as a misquotation gives them.
     */
    private record Event(String kind, String town, String region, LocalDate date, int injured, int evacuated,
                         int areaKm2, int fundingMillions, String official, String role, String quote,
                         String misquote) {
    }

    /** Writes {@code count} articles into {@code dir} and returns their total size in bytes. */
    public long write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        int eventCount = Math.max(1, count / 10);
        Event[] events = new Event[eventCount];
        for (int i = 0; i < eventCount; i++) {
            events[i] = event(i);
        }
        long bytes = 0;
        StringBuilder planted = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Event event = events[random.nextInt(eventCount)];
            Article article = article(event, i);
            byte[] data = article.text().getBytes(StandardCharsets.UTF_8);
            String name = String.format(Locale.ROOT, "article-%06d.md", i);
            Files.write(dir.resolve(name), data);
            bytes += data.length;
            if (article.plant() != null) {
                planted.append(name).append('\t').append(article.plant()).append('\n');
            }
        }
        Files.writeString(dir.resolve(PLANTED), planted);
        return bytes;
    }

    /** A town name of its own for each of the first 10,000 events ("Ashcombe", "Upper Thornwick"). */
    private static String town(int index) {
        int names = TOWN_STARTS.size() * TOWN_ENDS.size();
        return TOWN_PREFIXES.get(index / names % TOWN_PREFIXES.size()) + TOWN_STARTS.get(index % TOWN_STARTS.size())
                + TOWN_ENDS.get(index / TOWN_STARTS.size() % TOWN_ENDS.size());
    }

    private Event event(int index) {
        String town = town(index);
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
        String official = OFFICIALS.get(random.nextInt(OFFICIALS.size()));
        String[] quote = List.of(
                new String[] {"We have never seen anything like this in " + town,
                        "We have rarely seen anything like this in " + town},
                new String[] {"Every crew we have in " + town + " is out there tonight and they will stay until "
                        + "the job is done", "Every crew we have in " + town + " is out there tonight and they "
                        + "will stay until a job is done"},
                new String[] {"The defences around " + town + " held for hours, and then they simply gave way",
                        "The defences around " + town + " held for days, and then they simply gave way"},
                new String[] {"Nobody should go back into " + town + " until we say it is safe",
                        "Nobody must go back into " + town + " until we say it is safe"})
                .get(random.nextInt(4));
        return new Event(KINDS.get(random.nextInt(KINDS.size())), town,
                REGIONS.get(random.nextInt(REGIONS.size())), date, 3 + random.nextInt(60),
                200 + random.nextInt(5000), 20 + random.nextInt(400), 2 + random.nextInt(40), official,
                ROLES.get(random.nextInt(ROLES.size())), quote[0], quote[1]);
    }

    /** One generated article and what was planted in it: a conflicting field, an update, or nothing. */
    private record Article(String text, String plant) {
    }

    private Article article(Event event, int index) {
        LocalDate published = event.date().plusDays(1 + random.nextInt(5));
        boolean conflict = random.nextInt(100) < 3;
        int conflictField = random.nextInt(4);
        int injured = conflict && conflictField == 0 ? misstated(event.injured()) : event.injured();
        LocalDate date = conflict && conflictField == 1 ? event.date().minusDays(2) : event.date();
        String quote = conflict && conflictField == 2 ? event.misquote() : event.quote();
        int funding = conflict && conflictField == 3 ? misstated(event.fundingMillions()) : event.fundingMillions();
        boolean update = !conflict && random.nextInt(100) < 5;
        if (update) {
            published = event.date().plusDays(UPDATE_DAYS);
        }
        StringBuilder out = new StringBuilder(3000);
        out.append("---\ntitle: \"").append(capitalize(event.kind())).append(" in ").append(event.town())
                .append(" leaves trail of damage\"\ndate: ").append(published).append("\noutlet: ")
                .append(OUTLETS.get(random.nextInt(OUTLETS.size()))).append("\n---\n\n");
        out.append("A ").append(event.kind()).append(" struck ").append(event.town()).append(" in the ")
                .append(event.region()).append(" region on ").append(monthDay(date)).append(", and ")
                .append(count(injured)).append(" people were injured, the ").append(event.region())
                .append(" fire service said.\n\n");
        out.append(filler()).append(' ').append(filler()).append(' ').append(filler()).append("\n\n");
        out.append(filler()).append(' ').append(filler()).append("\n\n");
        out.append(hedge()).append(event.evacuated()).append(" residents were evacuated from ")
                .append(event.town()).append(" as the ").append(event.kind()).append(" spread.\n\n");
        out.append('"').append(quote).append(",\" ").append(event.official()).append(", ").append(event.role())
                .append(", said.\n\n");
        out.append(filler()).append(' ').append(filler()).append(' ').append(filler()).append("\n\n");
        out.append("The ").append(event.kind()).append(" affected ").append(area(event.areaKm2()))
                .append(" around ").append(event.town()).append(", officials said.\n\n");
        out.append("The regional council has released £").append(funding).append(" million in emergency funding for ")
                .append(event.town()).append(", council officials said.\n\n");
        out.append(filler()).append(' ').append(filler()).append(' ').append(filler()).append("\n\n");
        if (update) {
            out.append("The number of people injured in the ").append(event.kind()).append(" in ")
                    .append(event.town()).append(" has risen to ").append(event.injured() + 4)
                    .append(", the fire service said later.\n\n");
        }
        out.append(filler()).append(' ').append(filler()).append("\n\n");
        out.append("Article ").append(index).append(" of the generated corpus.\n");
        String plant = conflict ? "conflict:" + List.of("injured", "date", "quote", "funding").get(conflictField)
                : update ? "update:injured" : null;
        return new Article(out.toString(), plant);
    }

    /** The value with its leading digit one higher, or 3 more below 10: a reporter's slip ("33" for "23"). */
    private static int misstated(int value) {
        if (value < 10) {
            return value + 3;
        }
        int leading = 1;
        while (leading * 10 <= value) {
            leading *= 10;
        }
        return value + leading;
    }

    private String count(int value) {
        return value < SMALL.length && random.nextBoolean() ? SMALL[value] : Integer.toString(value);
    }

    private String hedge() {
        return List.of("About ", "Nearly ", "More than ", "Some ", "").get(random.nextInt(5));
    }

    private String area(int km2) {
        if (random.nextBoolean()) {
            return "about " + km2 + " square kilometres";
        }
        return "about " + Math.round(km2 / 2.589988) + " square miles";
    }

    private String filler() {
        return FILLER.get(random.nextInt(FILLER.size()));
    }

    private static String monthDay(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** {@code CorpusGenerator DIR COUNT [SEED]} */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator DIR COUNT [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long bytes = new CorpusGenerator(seed).write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.printf(Locale.ROOT, "wrote %s articles, %.1f MB, to %s%n", args[1], bytes / 1e6, args[0]);
    }
}
