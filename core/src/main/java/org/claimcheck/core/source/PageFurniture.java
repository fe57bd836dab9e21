package org.claimcheck.core.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimcheck.core.text.Whitespace;

/**
 * Recognizes single lines of scraped web pages that are page furniture rather than article text: share and
 * navigation buttons, section labels, "Also read" teasers, weather widgets, pagination, datelines, bylines, photo
 * credits, cookie notices and donation banners. Each test looks at one line alone; where a line sits on the page is
 * judged by {@link PlainTextCleaner}.
 */
final class PageFurniture {
    /** Whole lines that are buttons, labels or section headings. */
    private static final Set<String> LABELS = Set.of("close", "share", "share this", "share this article", "tweet",
            "email", "print", "copy link", "whatsapp", "facebook", "twitter", "linkedin", "pinterest", "telegram",
            "reddit", "menu", "search", "home", "news", "latest news", "breaking news", "latest", "advertisement",
            "sponsored", "skip to content", "subscribe", "sign up", "log in", "login", "sign in", "newsletter",
            "follow us", "more", "trending", "read more", "read next", "see also", "also read", "top stories",
            "video", "photos", "listen", "next", "previous", "load more", "show more", "support us just once");
    /** Whole lines after which a page holds no more article text. */
    private static final Set<String> END_MARKERS = Set.of("related", "related articles", "related stories",
            "related posts", "related news", "related content", "source link", "back to top", "back to top button",
            "comments", "post a comment", "leave a comment", "leave a reply", "most popular", "most popular articles",
            "most read", "don't miss", "you may also like", "you might also like", "more stories", "more from",
            "recommended", "recommended for you", "read the original article", "read more", "read next",
            "more to read", "what to read next", "related coverage", "related reading", "related links",
            "further reading", "more coverage");
    /**
     * "More from Property", "More on this story": a heading over links to other articles, naming a section in capitals
     * or the story ("More in store for commuters" is a sentence).
     */
    private static final Pattern SECTION_TEASER = Pattern.compile("(?i:more (?:from|in|on)) "
            + "(?:this (?i:story|topic)|\\p{Lu}[\\p{L}&'-]*(?: (?:&|and|\\p{Lu}[\\p{L}&'-]*))*):?");
    /** Beginnings of lines that are teasers, share prompts or credits. */
    private static final List<String> PREFIXES = List.of("share on ", "share via ", "share this ", "follow us on ",
            "also read:", "read also:", "read more:", "read next:", "related:", "see also:", "recommended:",
            "read the original article", "click here", "sign up for ", "subscribe to our ", "join our ",
            "download our app", "photo:", "photo credit", "photograph:", "image:", "image credit", "credit:",
            "(photo", "file photo", "reporting by ", "additional reporting by ", "editing by ", "written by ",
            "listen to this article", "listen to this story", "listen ·", "reading time", "estimated reading time",
            "sponsored:", "sponsored content",
            "advertisement:", "promoted:", "[related]", "[sponsored]", "subscribe:", "subscribe now", "in pictures:",
            "watch:", "video:", "gallery:", "photo gallery");
    /** Beginnings of short widget lines without a sentence end: "High tide 4:52 p.m. (3.4 m)", "Traffic: 2 delays". */
    private static final List<String> WIDGET_PREFIXES = List.of("traffic:", "high tide", "low tide", "tides:",
            "sunrise", "sunset");
    /** Phrases of advertisements printed between paragraphs: "Refinance rates hit 6.12% — see if you qualify". */
    private static final List<String> AD_PHRASES = List.of("see if you qualify", "offer ends", "shop now",
            "get a quote", "limited time offer", "start your free trial", "free trial", "one trick", "one weird trick");
    /** Phrases of credit lines for agency photos. */
    private static final List<String> PHOTO_AGENCIES = List.of("getty images", "shutterstock", "/ reuters", "/ afp",
            "ap photo", "/ epa", "via reuters");
    /** Phrases of donation and membership appeals. */
    private static final List<String> APPEALS = List.of("donate any amount", "donate now", "make a donation",
            "become a patron", "support independent journalism",
            "support fearless", "support of any size", "our readers support us", "independent journalism needs",
            "support local journalism", "digital subscription", "cancel anytime", "cancel at any time",
            "free articles remaining", "free article remaining");
    /** Words of cookie notices, and what such a notice asks. */
    private static final List<String> COOKIE_ASKS = List.of("we use", "accept", "consent", "privacy policy",
            "this site uses", "this website uses");
    /** Sky conditions and readings that weather widgets print beside a temperature. */
    private static final Set<String> WEATHER = Set.of("clear sky", "clear", "sunny", "mostly sunny", "partly cloudy",
            "mostly cloudy", "cloudy", "overcast", "few clouds", "scattered clouds", "broken clouds",
            "overcast clouds", "light rain", "moderate rain", "heavy rain", "rain", "showers", "drizzle",
            "thunderstorm", "snow", "light snow", "mist", "haze", "fog", "smoke", "dust", "wind", "gusts", "humidity");
    /**
     * Words that widgets print beside their numbers: pagination, temperatures, reading times ("5 min read"),
     * counters ("1,234 views") and relative timestamps ("Updated 2 hours ago").
     */
    private static final Set<String> NUMBER_COMPANIONS = Set.of("…", "...", "«", "»", "‹", "›", "<", ">", "|", "→",
            "←", "next", "prev", "previous", "page", "of", "first", "last", "c", "f", "°", "°c", "°f", "℃", "℉",
            "min", "mins", "read", "views", "comments", "shares", "likes", "updated", "ago", "minutes", "hour",
            "hours", "day", "days");
    /** A temperature as widgets print it: "11.4 C", "8°C", "27 °F". */
    private static final Pattern TEMPERATURE = Pattern.compile("\\b\\d{1,2}(?:[.,]\\d)?\\s?(?:°\\s?[cf]?|[cf]\\b|℃|℉)");
    /** Runs of characters that are neither letters nor digits. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Closing quotes and brackets at the end of a line, before its sentence end is looked for. */
    private static final Pattern CLOSING_MARKS = Pattern.compile("[\"'\u201D\u2019)\\]]+$");
    /** Longest weather widget line, in characters ("Halvessen 11°C Light rain    Marsk 8°C Cloudy"). */
    private static final int WEATHER_LINE = 80;
    /** Fewest numbers in a line of data without prose (a ticker). */
    private static final int DATA_STRIP_NUMBERS = 3;
    /**
     * What marks numbers as market data, scores or times: a percentage, a price arrow, a currency sign, a clock time,
     * a bar between entries.
     */
    private static final Pattern DATA_SIGNS = Pattern.compile("[%▲▼△▽$€£¥|]|\\b\\d{1,2}:\\d{2}\\b");
    /** The halves of the day after a clock time, in lower case but no prose: "6:12 a.m.". */
    private static final Set<String> DAY_HALVES = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m");
    /** Longest line, in characters, that a widget, label or credit can be. */
    private static final int SHORT_LINE = 200;

    private PageFurniture() {
    }

    /** Whether {@code line} (trimmed) is page furniture wherever it appears. */
    static boolean isFurniture(String line) {
        String key = normalize(unbracketed(line.strip()));
        if (key.length() > SHORT_LINE) {
            return containsAny(key, APPEALS);
        }
        return LABELS.contains(key) || END_MARKERS.contains(key) || startsWithAny(key, PREFIXES) || isWidget(key)
                || containsAny(key, APPEALS) || isCookieNotice(key) || isPhotoCredit(key) || isByline(line)
                || WEATHER.contains(key) || isWeatherLine(key) || isNumbersOnly(key) || isDataStrip(line)
                || isShareBar(key) || isCounterList(key)
                || Dateline.whole(line, 0, line.length()).isPresent();
    }

    /** Whether {@code line} (trimmed) announces the end of the article: related links, comments, source credits. */
    static boolean isEndMarker(String line) {
        String key = normalize(line);
        return key.length() <= SHORT_LINE && (END_MARKERS.contains(key) || key.startsWith("read the original article")
                || SECTION_TEASER.matcher(line.strip()).matches());
    }

    /** A line without the square brackets around all of it: "[Related: … — 32 photos]" is a "Related:" line. */
    private static String unbracketed(String line) {
        boolean bracketed = line.length() > 2 && line.charAt(0) == '[' && line.indexOf(']') == line.length() - 1;
        return bracketed ? line.substring(1, line.length() - 1) : line;
    }

    /**
     * Lower case, typographic apostrophes made plain, leading icons ("🔊 Listen · 6 min") and a trailing colon and
     * spaces removed.
     */
    private static String normalize(String line) {
        String key = line.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int start = 0;
        while (start < key.length()) {
            int codePoint = key.codePointAt(start);
            if (Character.getType(codePoint) != Character.OTHER_SYMBOL && !Character.isWhitespace(codePoint)) {
                break;
            }
            start += Character.charCount(codePoint);
        }
        key = key.substring(start);
        while (key.endsWith(":") || key.endsWith(" ")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    /** A short line without a sentence end that a widget or an advertisement prints. */
    private static boolean isWidget(String key) {
        return key.length() <= WEATHER_LINE && !key.endsWith(".")
                && (startsWithAny(key, WIDGET_PREFIXES) || containsAny(key, AD_PHRASES));
    }

    private static boolean isCookieNotice(String key) {
        return key.contains("cookie") && containsAny(key, COOKIE_ASKS);
    }

    private static boolean isPhotoCredit(String key) {
        return containsAny(key, PHOTO_AGENCIES) && key.split(" ").length <= 20;
    }

    /** "By Jane Doe", "By Jane Doe and John Roe, Reuters": a short line naming authors, with no sentence end. */
    private static boolean isByline(String line) {
        String[] words = Whitespace.split(line.strip());
        return words.length >= 2 && words.length <= 8 && words[0].equals("By")
                && Character.isUpperCase(words[1].charAt(0)) && !line.strip().endsWith(".");
    }

    /**
     * Pagination ("1 2 3 … 9,595"), temperatures ("33.1 C") and counters ("💬 87 comments"): numbers with at most a
     * few widget words and symbols.
     */
    private static boolean isNumbersOnly(String key) {
        String[] tokens = key.split(" ");
        int numbers = 0;
        for (String token : tokens) {
            if (isNumber(token)) {
                numbers++;
            } else if (!token.isEmpty() && !NUMBER_COMPANIONS.contains(token)
                    && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return numbers > 0;
    }

    /**
     * A weather widget line: a temperature and a sky condition with town names around them, no sentence end
     * ("Sestrin 11.4 C Light rain", "11.2 C Light rain | Trellborg").
     */
    private static boolean isWeatherLine(String key) {
        if (key.length() > WEATHER_LINE || key.endsWith(".") || !TEMPERATURE.matcher(key).find()) {
            return false;
        }
        String padded = " " + NON_WORD.matcher(key).replaceAll(" ") + " ";
        return key.contains("weather") || WEATHER.stream().anyMatch(sky -> padded.contains(" " + sky + " "));
    }

    /**
     * Market tickers, score strips and timestamp rows: {@value #DATA_STRIP_NUMBERS} or more numbers among labels,
     * with a percentage, a price arrow, a currency sign, a clock time or a bar, no word in lower case but "a.m.",
     * "p.m." and the words widgets print beside numbers ("Last updated 09:15") and no sentence end ("EST-20 1,482.36
     * ▲0.8%  EUR/USD 1.0874 ▼0.2%", "Published 6:12 a.m. PT July 17, 2025 | Updated 9:48 a.m. PT July 17, 2025",
     * "Kestrels 4, Millhaven 2 (F) | Harbor City 1, Tolland 0"; not "Storm Leaves 40 Homes, 3 Roads, 2 Bridges
     * Shut").
     */
    private static boolean isDataStrip(String line) {
        String stripped = CLOSING_MARKS.matcher(line.strip()).replaceAll("");
        boolean clockEnd = stripped.endsWith("a.m.") || stripped.endsWith("p.m.");
        if (stripped.endsWith(".") && !clockEnd || stripped.endsWith("!") || stripped.endsWith("?")
                || stripped.endsWith("\u3002") || !DATA_SIGNS.matcher(stripped).find()) {
            return false;
        }
        int numbers = 0;
        for (String token : Whitespace.split(stripped)) {
            if (token.chars().anyMatch(Character::isDigit)) {
                numbers++;
            } else if (token.chars().anyMatch(Character::isLowerCase) && !Character.isUpperCase(token.charAt(0))
                    && !DAY_HALVES.contains(token) && !NUMBER_COMPANIONS.contains(token)) {
                return false;
            }
        }
        return numbers >= DATA_STRIP_NUMBERS;
    }

    /** "Share  Facebook  X  WhatsApp  Email   214 shares": buttons and their counter, nothing else. */
    private static boolean isShareBar(String key) {
        boolean share = false;
        for (String token : Whitespace.split(key)) {
            share |= token.equals("share") || token.equals("shares");
            if (!LABELS.contains(token) && !token.equals("x") && !isNumber(token)
                    && !NUMBER_COMPANIONS.contains(token)) {
                return false;
            }
        }
        return share;
    }

    /** "Road alerts (4) | School closings (12)": labels with counters, separated by bars. */
    private static boolean isCounterList(String key) {
        if (!key.contains("|")) {
            return false;
        }
        for (String entry : key.split("\\|")) {
            String[] tokens = Whitespace.split(entry.strip());
            if (tokens.length == 0 || !tokens[tokens.length - 1].startsWith("(")
                    || !isNumber(tokens[tokens.length - 1])) {
                return false;
            }
        }
        return true;
    }

    /** A number, or a counter in parentheses ("Comments (48)" has one). */
    private static boolean isNumber(String token) {
        if (token.length() > 2 && token.startsWith("(") && token.endsWith(")")) {
            return isNumber(token.substring(1, token.length() - 1));
        }
        if (token.isEmpty() || !Character.isDigit(token.charAt(0))) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '.' && c != ':' && c != '°' && c != '%') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAny(String key, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String key, List<String> phrases) {
        for (String phrase : phrases) {
            if (key.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
