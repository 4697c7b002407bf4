package org.planstudio.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.map.CountryCounts;
import org.planstudio.map.PartnerMap;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.text.Texts;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

/** The dashboard's partner-country map follows the registries, shows counts on hover and opens a country's items. */
@UiTest
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DashboardMapTest {

    private IWorkbenchPage page;
    private DashboardView view;
    private Platform kazakhLab;

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
        view = (DashboardView) page.showView(DashboardView.ID);
        // a map the size a user reads it at: hit tests on a thumbnail would be off by whole countries
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.processEvents();
    }

    @AfterEach
    void close() {
        // the view outlives the test: leave it as the other dashboard tests expect it
        view.choose(0);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    /** Kazakhstan with two platforms, Singapore (too small for the map) with one. */
    private void addPartnersAndItems() {
        PlanEditor editor = Workbench.editor(page);
        EditingDomain domain = editor.getEditingDomain();
        Plan plan = editor.getPlan();
        Country kazakhstan = country("KZ", "哈萨克斯坦", "Kazakhstan");
        Country singapore = country("SG", "新加坡", "Singapore");
        kazakhLab = platform("中哈联合实验室", kazakhstan);
        CompoundCommand command = new CompoundCommand();
        command.append(AddCommand.create(domain, plan, PlanPackage.Literals.PLAN__COUNTRIES, List.of(kazakhstan, singapore)));
        command.append(AddCommand.create(domain, plan, PlanPackage.Literals.PLAN__PLATFORMS,
                List.of(kazakhLab, platform("中哈农业技术中心", kazakhstan), platform("中新数字平台", singapore))));
        domain.getCommandStack().execute(command);
        Workbench.processEvents();
    }

    private static Country country(String code, String zh, String en) {
        Country country = PlanFactory.eINSTANCE.createCountry();
        country.setId(Ids.newId());
        country.setCode(code);
        country.setName(Texts.of(zh, en));
        return country;
    }

    private static Platform platform(String name, Country partner) {
        Platform platform = PlanFactory.eINSTANCE.createPlatform();
        platform.setId(Ids.newId());
        platform.setName(Texts.of(name));
        platform.setStatus(ItemStatus.ACTIVE);
        platform.getPartnerCountries().add(partner);
        return platform;
    }

    @Test
    void theMapShowsTheRegistrysCountsAndFollowsUndo() {
        addPartnersAndItems();
        view.choose(DashboardView.MAP);
        Workbench.processEvents();
        MapCanvas map = view.mapCanvas();
        assertTrue(map.isShown());
        assertTrue(map.width() > 600, "the maximised dashboard gives the map room: " + map.width());
        PartnerMap shown = map.map().orElseThrow();
        Plan plan = Workbench.editor(page).getPlan();
        assertEquals(CountryCounts.of(plan).size(), shown.entries().size());
        assertEquals(List.of("KZ"), shown.shown().stream().map(PartnerMap.Entry::code).toList());
        assertEquals(List.of("SG"), shown.missing().stream().map(PartnerMap.Entry::code).toList(), "listed, not dropped");

        map.hoverAt(71.4, 48.0);
        Optional<String> tooltip = map.tooltip();
        assertTrue(tooltip.isPresent() && tooltip.get().contains("2"), tooltip.toString());
        PartnerMap.Entry clicked = map.entryAt(71.4, 48.0).orElseThrow();
        assertEquals(2, clicked.items().size());
        assertTrue(clicked.items().contains(kazakhLab), "a click lists the country's items");
        assertTrue(map.entryAt(-100, 40).isEmpty(), "a country without items opens nothing");

        Workbench.editor(page).getEditingDomain().getCommandStack().undo();
        Workbench.processEvents();
        assertTrue(view.mapCanvas().map().orElseThrow().entries().isEmpty(), "the map follows the undo");
    }

    @Test
    void anotherChartSwitchesTheMapOff() {
        view.choose(DashboardView.MAP);
        assertTrue(view.mapCanvas().isShown());
        view.choose(0);
        assertFalse(view.mapCanvas().isShown());
        assertTrue(view.hasChart());
    }
}
