package th.allocation.output;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON settings every output file shares: decimals written plainly ({@code 3780}, not
 * {@code 3.78E+3}), so amounts read the same in every tool; indented for files people open.
 */
final class Json {
    /** For files: indented. */
    static final ObjectMapper PRETTY = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** For data embedded in a page: compact. */
    static final ObjectMapper COMPACT = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {}

    /** Puts {@code value} under {@code key}, or {@code null} if it is not finite (JSON has no NaN). */
    static void putFinite(com.fasterxml.jackson.databind.node.ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
