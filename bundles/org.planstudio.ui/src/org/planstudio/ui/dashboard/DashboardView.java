package org.planstudio.ui.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.planstudio.charts.ProgressCharts;
import org.planstudio.map.PartnerMap;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.text.PlanClock;
import org.planstudio.trace.IndicatorProgress;
import org.planstudio.trace.ProgressCalculator;
import org.planstudio.translation.PlanTexts;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * Progress toward the plan's targets, derived from the registries: a table of indicators
 * (double-click lists the items behind a figure) and the same charts the reports print.
 */
public final class DashboardView extends ViewPart {

    public static final String ID = "org.planstudio.ui.dashboard";
    /** The chart choice that shows the partner-country map. */
    static final int MAP = 4;

    private PlanTable<IndicatorProgress> table;
    private Label translated;
    private Combo chartKind;
    private Canvas canvas;
    private MapCanvas map;
    private Image image;
    private List<IndicatorProgress> progress = List.of();
    private ActivePlanTracker tracker;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        translated = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(translated);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = TableFactory.create(sash, columns(), p -> p.indicator().getId(), command -> {
        });
        table.onOpen(this::showItems);
        Composite chartArea = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(chartArea);
        new Label(chartArea, SWT.NONE).setText(Messages.Dashboard_chart);
        chartKind = new Combo(chartArea, SWT.READ_ONLY);
        chartKind.setItems(Messages.Dashboard_overview, Messages.Dashboard_byYear, Messages.Dashboard_byDomain,
                Messages.Dashboard_byCountry, Messages.Dashboard_map);
        chartKind.select(0);
        chartKind.addListener(SWT.Selection, e -> redrawChart());
        canvas = new Canvas(chartArea, SWT.DOUBLE_BUFFERED);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(canvas);
        canvas.addListener(SWT.Resize, e -> redrawChart());
        map = new MapCanvas(canvas, this::showItems);
        canvas.addListener(SWT.Paint, e -> {
            if (map.isShown()) {
                map.paint(e.gc);
            } else if (image != null && !image.isDisposed()) {
                e.gc.drawImage(image, 0, 0);
            }
        });
        sash.setWeights(35, 65);
        table.selection().addSelectionChangedListener(e -> redrawChart());
        getSite().setSelectionProvider(table.selection());
        tracker = new ActivePlanTracker(getSite().getPage(), this::show, this::refresh);
        tracker.start();
    }

    private static List<Column<IndicatorProgress>> columns() {
        return List.of(
                Column.readOnly("indicator", Messages.Dashboard_indicator, 260, p -> ModelLabels.element(p.indicator())),
                Column.readOnly("achieved", Messages.Dashboard_achieved, 90, IndicatorProgress::achieved),
                Column.readOnly("target", Messages.Dashboard_target, 90, p -> p.target().map(BigDecimal::toPlainString).orElse("")),
                Column.readOnly("year", Messages.Dashboard_targetYear, 90, IndicatorProgress::targetYear),
                Column.readOnly("projected", Messages.Dashboard_projected, 120,
                        p -> p.projectedAtTargetYear().map(BigDecimal::toPlainString).orElse("—")),
                Column.readOnly("items", Messages.Dashboard_items, 90, p -> p.items().size()));
    }

    private void show(Optional<PlanEditor> editor) {
        refresh();
    }

    private void refresh() {
        progress = tracker.editor().map(e -> ProgressCalculator.compute(e.getPlan(), PlanClock.today())).orElse(List.of());
        table.setRows(progress);
        table.refresh();
        translated.setText(tracker.editor().map(e -> PlanTexts.figure(e.getPlan()))
                .map(f -> NLS.bind(Messages.Dashboard_translated, f.translated(), f.total())).orElse(""));
        redrawChart();
    }

    private Optional<IndicatorProgress> selected() {
        Object first = ((IStructuredSelection) table.selection().getSelection()).getFirstElement();
        if (first instanceof IndicatorProgress chosen) {
            return Optional.of(chosen);
        }
        return progress.stream().findFirst();
    }

    private void redrawChart() {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle size = canvas.getClientArea();
        if (image != null) {
            image.dispose();
            image = null;
        }
        if (chartKind.getSelectionIndex() == MAP) {
            // the plan's registry items by partner country, whichever indicator is selected
            map.show(tracker.editor().map(e -> PartnerMap.of(e.getPlan())));
            canvas.redraw();
            return;
        }
        map.show(Optional.empty());
        chart().ifPresent(chart -> image = new Image(canvas.getDisplay(), ChartImages.draw(chart, size.width, size.height)));
        canvas.redraw();
    }

    private Optional<JFreeChart> chart() {
        if (progress.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = Locale.getDefault();
        return switch (chartKind.getSelectionIndex()) {
        case 1 -> selected().map(p -> ProgressCharts.byYear(p, locale));
        case 2 -> selected().map(p -> ProgressCharts.byDomain(p, locale, domain -> domain));
        case 3 -> selected().map(p -> ProgressCharts.byCountry(p, locale));
        default -> Optional.of(ProgressCharts.overview(progress, locale));
        };
    }

    /** The registry items behind a figure; choosing one shows it in the editor. */
    private void showItems(IndicatorProgress figure) {
        showItems(ModelLabels.element(figure.indicator()), figure.items());
    }

    private void showItems(String title, List<RegistryItem> items) {
        ListDialog dialog = new ListDialog(getSite().getShell());
        dialog.setTitle(title);
        dialog.setMessage(NLS.bind(Messages.Dashboard_itemsBehind, items.size()));
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ModelLabels.element((RegistryItem) element);
            }
        });
        dialog.setInput(items);
        if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
            tracker.editor().ifPresent(editor -> editor.reveal((RegistryItem) dialog.getResult()[0]));
        }
    }

    /** Chooses a chart as a user does in the combo (MAP for the map), for tests. */
    void choose(int kind) {
        chartKind.select(kind);
        redrawChart();
    }

    /** The map part of the canvas, for tests. */
    MapCanvas mapCanvas() {
        return map;
    }

    /** The figures shown now, for tests. */
    public List<IndicatorProgress> figures() {
        return table.visibleRows();
    }

    /** "已翻译 n / m" as shown, for tests. */
    public String translatedFigure() {
        return translated.getText();
    }

    /** Whether a chart is drawn now, for tests. */
    public boolean hasChart() {
        return image != null && !image.isDisposed();
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }

    @Override
    public void dispose() {
        tracker.stop();
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
