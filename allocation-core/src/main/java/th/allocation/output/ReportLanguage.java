package th.allocation.output;

import java.util.Arrays;
import java.util.List;

/** The language of the HTML report's headings and labels. Data (scenario and group names) are shown as given. */
public enum ReportLanguage {
    /** English. */
    EN("en"),
    /** Thai. */
    TH("th");

    private final String key;

    ReportLanguage(String key) {
        this.key = key;
    }

    /** The ISO 639-1 code, as on the command line and in the page's {@code lang} attribute. */
    public String key() {
        return key;
    }

    /** The codes of every language, for messages. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ReportLanguage::key).toList();
    }
}
