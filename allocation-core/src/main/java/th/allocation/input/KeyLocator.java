package th.allocation.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a key stands in a YAML or JSON document. Jackson reports some errors at the end of
 * the enclosing object (it buffers the properties of records), so the reader looks the key up
 * again to point the user at the right line and column.
 */
final class KeyLocator {
    private KeyLocator() {}

    /** The location of the key at {@code path} (field names from the root), if the document has it. */
    static Optional<JsonLocation> locate(ObjectMapper mapper, String text, List<String> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = mapper.createParser(text)) {
            Deque<String> keys = new ArrayDeque<>();
            Deque<Boolean> objects = new ArrayDeque<>();
            String pending = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> {
                        pending = parser.currentName();
                        if (keys.size() + 1 == path.size() && matches(keys, path) && pending.equals(path.get(keys.size()))) {
                            return Optional.of(parser.currentTokenLocation());
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        objects.push(pending != null);
                        if (pending != null) {
                            keys.addLast(pending);
                        }
                        pending = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!objects.isEmpty() && objects.pop()) {
                            keys.removeLast();
                        }
                        pending = null;
                    }
                    default -> pending = null;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean matches(Deque<String> keys, List<String> path) {
        int i = 0;
        for (String key : keys) {
            if (!key.equals(path.get(i++))) {
                return false;
            }
        }
        return true;
    }
}
