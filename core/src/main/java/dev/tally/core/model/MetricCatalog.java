package dev.tally.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The built-in metrics and their relations: {@code killed} and {@code wounded} are parts of
 * {@code casualties}, and {@code casualties} cannot exceed {@code deployed}. Every ledger starts
 * with these.
 */
public final class MetricCatalog {

    /** People killed; synonyms KIA, dead, deaths, fatalities. */
    public static final Metric KILLED = metric("killed", "Killed", "casualties", null,
            "KIA", "dead", "deaths", "fatalities", "died");
    /** People wounded; synonyms WIA, injured. */
    public static final Metric WOUNDED = metric("wounded", "Wounded", "casualties", null,
            "WIA", "injured", "injuries");
    /** People killed or wounded; synonyms "killed or injured", KIA/WIA. */
    public static final Metric CASUALTIES = metric("casualties", "Casualties (killed or wounded)", null, "deployed",
            "killed or injured", "killed or wounded", "KIA/WIA", "dead or wounded", "losses");
    /** People missing. */
    public static final Metric MISSING = metric("missing", "Missing", null, null, "MIA", "missing in action");
    /** People captured; synonyms POW, prisoners. */
    public static final Metric CAPTURED = metric("captured", "Captured", null, null,
            "POW", "POWs", "prisoners", "prisoners of war", "taken prisoner");
    /** People deployed. */
    public static final Metric DEPLOYED = metric("deployed", "Deployed", null, null,
            "troops", "dispatched", "sent", "deployment");
    /** People evacuated, such as wounded sent home. */
    public static final Metric EVACUATED = metric("evacuated", "Evacuated", null, null, "evacuees", "repatriated");
    /** Labourers sent to work. */
    public static final Metric LABORERS = metric("laborers", "Laborers", null, null,
            "labourers", "workers", "laborer", "labourer");

    private static final List<Metric> BUILT_IN =
            List.of(KILLED, WOUNDED, CASUALTIES, MISSING, CAPTURED, DEPLOYED, EVACUATED, LABORERS);

    private MetricCatalog() {
    }

    /**
     * The built-in metrics, in a fixed order.
     *
     * @return the metrics, never null, unmodifiable
     */
    public static List<Metric> builtIn() {
        return BUILT_IN;
    }

    private static Metric metric(String id, String name, String partOf, String cannotExceed, String... synonyms) {
        return new Metric(id, name, "people", Optional.ofNullable(partOf), Optional.ofNullable(cannotExceed),
                List.of(synonyms));
    }
}
