package org.planstudio.authoring.plans;

import java.util.List;
import java.util.Optional;

import org.planstudio.authoring.plans.PlanSettings.IssuerName;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.OrganizationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.text.Texts;

/** Sets a plan's issuers by name, reusing its organisations: a copied plan keeps 市科委 as one element. */
final class Issuers {

    private Issuers() {
    }

    /** No names given keeps the plan's issuers: a copy keeps its source's. */
    static void apply(Plan plan, List<IssuerName> names) {
        if (names.isEmpty()) {
            return;
        }
        plan.getIssuers().clear();
        for (IssuerName name : names) {
            Organization issuer = find(plan, name.zh()).orElseGet(() -> create(plan, name));
            if (!plan.getIssuers().contains(issuer)) {
                plan.getIssuers().add(issuer);
            }
        }
    }

    private static Optional<Organization> find(Plan plan, String zh) {
        return plan.getOrganizations().stream()
                .filter(o -> Texts.zh(o.getName()).map(String::strip).filter(zh::equals).isPresent()).findFirst();
    }

    private static Organization create(Plan plan, IssuerName name) {
        Organization organization = PlanFactory.eINSTANCE.createOrganization();
        organization.setId(Ids.newId());
        organization.setName(name.en().isEmpty() ? Texts.of(name.zh()) : Texts.of(name.zh(), name.en()));
        // Plans are issued by government bodies; the editor lets staff change the kind.
        organization.setKind(OrganizationKind.GOVERNMENT);
        plan.getOrganizations().add(organization);
        return organization;
    }
}
