package th.allocation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void sort_numbersInNamesCompareAsNumbers() {
        List<String> names = new ArrayList<>(List.of("เขตตรวจราชการที่ 10", "เขตตรวจราชการที่ 2",
                "ส่วนกลาง กรุงเทพมหานคร", "เขตตรวจราชการที่ 1", "สพป.นครราชสีมา เขต 12", "สพป.นครราชสีมา เขต 3",
                "a007", "a7", "a"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("a", "a007", "a7", "สพป.นครราชสีมา เขต 3", "สพป.นครราชสีมา เขต 12",
                "ส่วนกลาง กรุงเทพมหานคร", "เขตตรวจราชการที่ 1", "เขตตรวจราชการที่ 2", "เขตตรวจราชการที่ 10"), names);
    }
}
