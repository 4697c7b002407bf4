package org.planstudio.ui.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The registry tables at city scale: a hundred thousand rows load, search and stay consistent.
 * Timings are printed for docs/benchmarks.md, never asserted.
 */
@UiTest
class LargeTableTest {

    record Row(String id, String name, String country) {
    }

    @Test
    void aHundredThousandRowsLoadAndSearch() {
        List<Row> rows = new ArrayList<>();
        String[] countries = { "KZ", "UZ", "RU", "SA", "EG", "TH", "ID", "BR" };
        for (int i = 0; i < 100_000; i++) {
            rows.add(new Row("P-" + i, "平台" + i, countries[i % countries.length]));
        }
        Shell shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        try {
            long start = System.nanoTime();
            PlanTable<Row> table = TableFactory.create(shell, List.of(
                    Column.readOnly("id", "ID", 100, Row::id),
                    Column.readOnly("name", "Name", 200, Row::name),
                    Column.readOnly("country", "Country", 80, Row::country)), Row::id, command -> {
                    });
            table.setRows(rows);
            shell.open();
            Workbench.processEvents();
            long loaded = System.nanoTime();
            table.search("平台99999");
            Workbench.processEvents();
            long searched = System.nanoTime();
            assertEquals(List.of(rows.get(99_999)), table.visibleRows());
            table.search("KZ");
            assertEquals(12_500, table.visibleRows().size());
            table.search("");
            assertEquals(100_000, table.visibleRows().size());
            long cleared = System.nanoTime();
            System.out.printf("PLANSTUDIO-BENCH table 100000 rows: load+paint %d ms, search %d ms, search KZ and clear %d ms%n",
                    (loaded - start) / 1_000_000, (searched - loaded) / 1_000_000, (cleared - searched) / 1_000_000);
        } finally {
            shell.dispose();
        }
    }
}
