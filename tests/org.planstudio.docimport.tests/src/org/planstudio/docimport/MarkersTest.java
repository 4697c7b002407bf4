package org.planstudio.docimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The marker variants real documents hold, each at its level with its number and heading. */
class MarkersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "二、主要考虑与思路|1|2|主要考虑与思路",
            "十二．附则|1|12|附则",
            "（三）深入调研|2|3|深入调研",
            "(三)深入调研|2|3|深入调研",
            "（三)深入调研|2|3|深入调研",
            "㈢深入调研|2|3|深入调研",
            "1.指导思想。以互联互通为主线。|3|1|指导思想",
            "1．指导思想|3|1|指导思想",
            "１．指导思想|3|1|指导思想",
            "１２、指导思想|3|12|指导思想",
            "（2）加强合作|4|2|加强合作",
            "(2)加强合作|4|2|加强合作",
            "⑵加强合作|4|2|加强合作",
            "③加强合作|5|3|加强合作" })
    void variants(String line, int level, int number, String title) {
        List<OutlineNode> roots = DocumentImporter.outline(List.of(SourceParagraph.plain(line))).roots();
        assertEquals(1, roots.size(), line);
        assertEquals(level, roots.get(0).level(), line);
        assertEquals(number, roots.get(0).number(), line);
        assertEquals(title, roots.get(0).title(), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "2024年3月正式启动", "1.5倍于去年", "一是加快形成新布局，二是建立体系。" })
    void notMarkers(String line) {
        assertEquals(List.of(), DocumentImporter.outline(List.of(SourceParagraph.plain(line))).roots().stream()
                .map(OutlineNode::title).collect(Collectors.toList()));
    }
}
