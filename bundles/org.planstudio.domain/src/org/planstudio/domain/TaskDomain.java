package org.planstudio.domain;

import java.net.URL;
import java.util.List;
import java.util.Optional;

/**
 * What a task-area plug-in contributes. Each plug-in registers exactly one implementation as an
 * OSGi service (a declarative-services component). The workbench reads everything once when the
 * service appears, within a time limit, and treats a plug-in that fails as absent.
 */
public interface TaskDomain {

    /** Matches {@code KeyTask.domainId}, e.g. "health". */
    String id();

    Bilingual name();

    /** A 16×16 PNG inside the plug-in. */
    Optional<URL> icon();

    List<TaskTemplate> templates();

    List<CatalogueIndicator> indicatorCatalogue();

    /** Extra fields on the domain's tasks. */
    List<AttributeDefinition> taskAttributes();

    /** Extra fields on registry items that implement the domain's tasks. */
    List<AttributeDefinition> itemAttributes();

    List<ValidationRule> rules();
}
