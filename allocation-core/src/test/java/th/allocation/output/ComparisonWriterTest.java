package th.allocation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonWriterTest {
    @Test
    void columnKeys_areAsciiSnakeCase_unique_andNeverEmpty() {
        assertEquals(List.of("needs_weighted", "needs_weighted_2", "scenario_3", "fy2570_flat"),
                ComparisonWriter.columnKeys(List.of("needs-weighted", "Needs Weighted", "สถานะเดิม", "-FY2570 flat-")));
    }
}
