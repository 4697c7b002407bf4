package org.planstudio.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.planstudio.ui.navigator.NavigatorGroup;

public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.internal.messages";

    public static String App_title;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Action_undo;
    public static String Action_redo;
    public static String Editor_wrongInput;
    public static String Editor_planMissing;
    public static String Editor_tooltip;
    public static String Editor_saveConflict;
    public static String Editor_saveFailed;
    public static String Editor_notSaved;
    public static String File_planFiles;
    public static String File_allFiles;
    public static String Form_details;
    public static String Form_links;
    public static String Form_heading;
    public static String Form_chinese;
    public static String Form_english;
    public static String Form_translationStale;
    public static String Form_none;
    public static String Form_choose;
    public static String Form_chooseMessage;
    public static String Form_notWholeNumber;
    public static String Form_notNumber;
    public static String Form_notDate;
    public static String Links_relation;
    public static String Links_element;
    public static String Links_incoming;
    public static String Links_suspect;
    public static String Links_add;
    public static String Links_addTitle;
    public static String Links_addMessage;
    public static String Links_remove;
    public static String Navigator_withCount;
    public static String Open_title;
    public static String Open_message;
    public static String Open_planLabel;
    public static String Open_failed;
    public static String Import_title;
    public static String Import_message;
    public static String Import_failed;
    public static String Export_title;
    public static String Export_failed;
    public static String Startup_sampleImported;
    public static String Startup_failedTitle;
    public static String Startup_failed;
    public static String Startup_noSamples;
    public static String Group_BASIS;
    public static String Group_CONSIDERATIONS;
    public static String Group_GENERAL_REQUIREMENTS;
    public static String Group_PRINCIPLES;
    public static String Group_GOALS;
    public static String Group_KEY_TASKS;
    public static String Group_SAFEGUARDS;
    public static String Group_REGISTRIES;
    public static String Group_PLATFORMS;
    public static String Group_JOINT_PROJECTS;
    public static String Group_INNOVATION_ENTITIES;
    public static String Group_EXPERTS;
    public static String Group_COUNTRIES;
    public static String Group_ORGANIZATIONS;
    public static String Group_DRAFTING_RECORD;
    public static String Recovery_title;
    public static String Recovery_question;
    public static String Recovery_writeFailed;
    public static String Registry_noPlan;
    public static String Registry_id;
    public static String Registry_nameZh;
    public static String Registry_nameEn;
    public static String Registry_type;
    public static String Registry_status;
    public static String Registry_host;
    public static String Registry_countries;
    public static String Registry_start;
    public static String Registry_end;
    public static String Registry_tasks;
    public static String Registry_search;
    public static String Registry_searchHint;
    public static String Registry_add;
    public static String Registry_delete;
    public static String Registry_valueRefused;
    public static String Registry_newItemZh;
    public static String Registry_newItemEn;
    public static String Matrix_hint;
    public static String Matrix_indicator;
    public static String Matrix_principle;
    public static String Matrix_safeguard;
    public static String Matrix_columnHeader;
    public static String Problems_severity;
    public static String Problems_kind;
    public static String Problems_element;
    public static String Problems_message;
    public static String Problems_summary;
    public static String RegistryImport_button;
    public static String RegistryImport_title;
    public static String RegistryImport_nothing;
    public static String RegistryImport_allGood;
    public static String RegistryImport_someBad;
    public static String RegistryImport_more;
    public static String RegistryImport_unreadable;
    public static String Dashboard_chart;
    public static String Dashboard_overview;
    public static String Dashboard_byYear;
    public static String Dashboard_byDomain;
    public static String Dashboard_byCountry;
    public static String Dashboard_indicator;
    public static String Dashboard_achieved;
    public static String Dashboard_target;
    public static String Dashboard_targetYear;
    public static String Dashboard_projected;
    public static String Dashboard_items;
    public static String Dashboard_itemsBehind;
    public static String Report_title;
    public static String Report_description;
    public static String Report_type;
    public static String Report_format;
    public static String Report_language;
    public static String Report_chinese;
    public static String Report_english;
    public static String Report_revisionLabel;
    public static String Report_current;
    public static String Report_revision;
    public static String Report_file;
    public static String Report_browse;
    public static String Report_preview;
    public static String Report_previewFailed;
    public static String Report_needFile;
    public static String Report_traceability;
    public static String Report_progress;
    public static String Report_gaps;
    public static String Report_responsibilities;
    public static String Report_job;
    public static String Report_loading;
    public static String Report_building;
    public static String Report_writing;
    public static String Report_failed;
    public static String Report_done;
    public static String Links_review;
    public static String Baseline_title;
    public static String Baseline_saveFirst;
    public static String Baseline_message;
    public static String Baseline_default;
    public static String Baseline_needName;
    public static String Baseline_done;
    public static String Baseline_failed;
    public static String Problems_error;
    public static String Problems_warning;
    public static String Problems_info;
    public static String Problems_domainCheck;
    // Delete and restore plans (File > Open Plan)
    public static String Open_delete;
    public static String Open_restore;
    public static String Open_showDeleted;
    public static String Open_deletedLabel;
    public static String Open_deletedCannotOpen;
    public static String Open_deleteTitle;
    public static String Open_deleteQuestion;
    public static String Open_deleteConfirm;
    public static String Open_deleteFailed;
    public static String Open_restoreFailed;

    // Import of .plan files: validation problems (hostile and malformed input)
    public static String ImportCheck_problems;

    // merging saves and imports (issue 9)
    public static String Merge_saveJob;
    public static String Merge_importJob;
    public static String Merge_replaced;
    public static String Merge_merged;
    public static String Merge_imported;
    public static String Merge_unchanged;
    public static String Merge_cancelled;
    // Compare Revisions (compare)
    public static String Compare_title;
    public static String Compare_noPlan;

    // Opening plans
    public static String Opener_reading;
    public static String Store_reading;
    public static String Baseline_job;
    public static String Opener_interrupted;
    public static String Startup_opening;
    // progress and supervision: the quarterly report
    public static String Report_quarterly;
    public static String Report_briefing;
    public static String Report_period;
    public static String Report_latestPeriod;
    // Consultation register (意见采纳情况 report type in the report wizard)
    public static String Report_comments;
    // translations (the figure on the Progress Dashboard)
    public static String Dashboard_translated;
    // partner-country map (kitmap)
    public static String Dashboard_map;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The heading of a navigator group, from its Group_KIND key. */
    public static String group(NavigatorGroup.Kind kind) {
        try {
            return (String) Messages.class.getField("Group_" + kind.name()).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no message for navigator group " + kind, e);
        }
    }
}
