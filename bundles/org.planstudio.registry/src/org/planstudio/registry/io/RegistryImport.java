package org.planstudio.registry.io;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.internal.ImportCommandBuilder;
import org.planstudio.registry.internal.ImportRun;
import org.planstudio.registry.internal.TableFiles;

/**
 * Imports registry items from a CSV file or an Excel workbook (.xlsx) into a plan. Reading never
 * changes the plan: the result is a report and, when the mode asks for one, a single command that
 * adds the good rows' items, the countries they need and their IMPLEMENTS links. Execute it on the
 * editor's command stack; undo takes the whole import back.
 *
 * <pre>
 * ImportResult result = RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS)
 *         .defaultKind(RegistryKind.PLATFORM).editingDomain(domain).read(file);
 * result.command().ifPresent(domain.getCommandStack()::execute);
 * </pre>
 *
 * Immutable: every setter returns a new instance.
 */
public final class RegistryImport {

    private final Plan plan;
    private final ImportMode mode;
    private final Optional<RegistryKind> defaultKind;
    private final Optional<EditingDomain> domain;
    private final ImportCommandBuilder.ItemFactory factory;

    private RegistryImport(Plan plan, ImportMode mode, Optional<RegistryKind> defaultKind,
            Optional<EditingDomain> domain, ImportCommandBuilder.ItemFactory factory) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.defaultKind = defaultKind;
        this.domain = domain;
        this.factory = factory;
    }

    /** An import into this plan that only checks ({@link ImportMode#CHECK_ONLY}) until told otherwise. */
    public static RegistryImport into(Plan plan) {
        return new RegistryImport(plan, ImportMode.CHECK_ONLY, Optional.empty(), Optional.empty(),
                ImportCommandBuilder.DEFAULT_FACTORY);
    }

    public RegistryImport mode(ImportMode newMode) {
        return new RegistryImport(plan, Objects.requireNonNull(newMode, "mode"), defaultKind, domain, factory);
    }

    /**
     * The registry of rows whose file says none (no kind column, a sheet not named after a
     * registry): the registry whose view the user imports from.
     */
    public RegistryImport defaultKind(RegistryKind kind) {
        return new RegistryImport(plan, mode, Optional.of(Objects.requireNonNull(kind, "kind")), domain, factory);
    }

    /** The editing domain the command will run in (read-only resources are then respected). */
    public RegistryImport editingDomain(EditingDomain editingDomain) {
        return new RegistryImport(plan, mode, defaultKind,
                Optional.of(Objects.requireNonNull(editingDomain, "editingDomain")), factory);
    }

    // Tests make building fail half-way through with a factory that throws.
    RegistryImport itemFactory(ImportCommandBuilder.ItemFactory itemFactory) {
        return new RegistryImport(plan, mode, defaultKind, domain, Objects.requireNonNull(itemFactory, "itemFactory"));
    }

    /**
     * Reads and checks the file and, depending on the mode, prepares the command.
     *
     * @throws ImportFileException when the file cannot be read as a registry table at all
     */
    public ImportResult read(Path file) throws ImportFileException {
        Objects.requireNonNull(file, "file");
        return new ImportRun(plan, mode, defaultKind, domain.orElse(null), factory)
                .run(TableFiles.displayName(file), TableFiles.read(file));
    }
}
