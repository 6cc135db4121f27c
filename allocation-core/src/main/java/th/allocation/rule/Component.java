package th.allocation.rule;

import java.util.Objects;

/**
 * One named part of a school's need, reported as its own column so that every baht can be traced
 * to the part of the rule that produced it.
 *
 * @param key the column name, e.g. {@code poor_loading}
 * @param description one sentence that says what the component pays for
 */
public record Component(String key, String description) {
    /** Validates that the key is a non-blank column name. */
    public Component {
        Objects.requireNonNull(description, "description");
        if (key == null || !key.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("A component key must be lower-case letters, digits and '_' (" + key
                    + ").");
        }
    }
}
