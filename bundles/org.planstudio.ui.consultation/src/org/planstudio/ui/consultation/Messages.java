package org.planstudio.ui.consultation;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.consultation.messages";

    public static String Labels_wholePlan;
    public static String Labels_separator;
    public static String Labels_asWritten;
    public static String Register_noPlan;
    public static String Register_pendingOnly;
    public static String Register_source;
    public static String Register_unit;
    public static String Register_all;
    public static String Register_selectedElement;
    public static String Register_search;
    public static String Register_add;
    public static String Register_decide;
    public static String Register_import;
    public static String Register_count;
    public static String Register_refused;
    public static String Register_selectOne;
    public static String Column_source;
    public static String Column_unit;
    public static String Column_date;
    public static String Column_text;
    public static String Column_concerns;
    public static String Column_disposition;
    public static String Column_reason;
    public static String Column_decidedBy;
    public static String Add_title;
    public static String Add_message;
    public static String Add_consultation;
    public static String Add_newConsultation;
    public static String Add_newConsultationTitle;
    public static String Add_unit;
    public static String Add_date;
    public static String Add_clause;
    public static String Add_text;
    public static String Add_noText;
    public static String Add_noElement;
    public static String Decide_title;
    public static String Decide_message;
    public static String Decide_disposition;
    public static String Decide_reason;
    public static String Decide_decidedBy;
    public static String Decide_decidedOn;
    public static String Decide_noReason;
    public static String Import_title;
    public static String Import_message;
    public static String Import_file;
    public static String Import_browse;
    public static String Import_into;
    public static String Import_newTitle;
    public static String Import_check;
    public static String Import_checking;
    public static String Import_noFile;
    public static String Import_summary;
    public static String Import_nothing;
    public static String Import_button;
    public static String Import_forms;
    public static String Import_allFiles;
    public static String Import_row;
    public static String Import_number;
    public static String Import_clause;
    public static String Import_unit;
    public static String Import_text;
    public static String Import_result;
    public static String Import_done;
    public static String Section_title;
    public static String Section_none;
    public static String Section_add;
    public static String Section_open;
    public static String Section_line;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
