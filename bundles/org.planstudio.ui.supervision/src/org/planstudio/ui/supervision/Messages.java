package org.planstudio.ui.supervision;

import org.eclipse.osgi.util.NLS;

/** Texts of the progress and supervision UI (English and Chinese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.planstudio.ui.supervision.messages";

    public static String View_period;
    public static String View_unit;
    public static String View_area;
    public static String View_light;
    public static String View_all;
    public static String View_noPlan;
    public static String View_noPeriods;
    public static String View_generate;
    public static String View_summary;
    public static String View_due;
    public static String Column_light;
    public static String Column_task;
    public static String Column_area;
    public static String Column_units;
    public static String Column_deadline;
    public static String Column_flags;
    public static String Column_percent;
    public static String Column_expected;
    public static String Column_update;
    public static String Column_notice;
    public static String Column_dueUnit;
    public static String Column_dueTask;
    public static String Column_dueDate;
    public static String Column_dueLate;
    public static String Due_late;
    public static String Due_open;
    public static String Deadline_extended;
    public static String Update_none;
    public static String Closed_out;
    public static String Action_update;
    public static String Action_send;
    public static String Action_sign;
    public static String Action_answer;
    public static String Action_urge;
    public static String Action_closeNotice;
    public static String Action_return;
    public static String Action_requestExtension;
    public static String Action_decideExtension;
    public static String Action_closeOut;
    public static String Action_reopen;
    public static String Prompt_issue;
    public static String Prompt_requirement;
    public static String Prompt_dueDate;
    public static String Prompt_answer;
    public static String Prompt_urge;
    public static String Prompt_reason;
    public static String Prompt_proposed;
    public static String Prompt_approver;
    public static String Prompt_note;
    public static String Prompt_decide;
    public static String Prompt_approve;
    public static String Prompt_refuse;
    public static String Prompt_cancel;
    public static String Prompt_badDate;
    public static String Refused_title;
    public static String NoPending;
    public static String NoNotice;
    public static String NoUpdate;
    public static String Dialog_title;
    public static String Dialog_message;
    public static String Dialog_done;
    public static String Dialog_next;
    public static String Dialog_problems;
    public static String Dialog_percent;
    public static String Dialog_milestone;
    public static String Dialog_status;
    public static String Dialog_evidence;
    public static String Dialog_by;
    public static String Dialog_unit;
    public static String Dialog_period;
    public static String Dialog_returned;
    public static String Dialog_submit;
    public static String Dialog_draft;
    public static String Briefing_export;
    public static String Briefing_noUnit;
    public static String Briefing_none;
    public static String Briefing_why;
    public static String Briefing_unit;
    public static String Briefing_summary;
    public static String Briefing_title;
    public static String Action_briefing;
    public static String Column_contributions;
    public static String Contribute_none;
    public static String Contribute_message;
    public static String Contribute_text;
    public static String Contribute_unit;
    public static String Action_contribute;
    public static String Attach_writeFailed;
    public static String Attach_readFailed;
    public static String Attach_writing;
    public static String Attach_reading;
    public static String Attach_item;
    public static String Attach_saveAs;
    public static String Attach_remove;
    public static String Attach_add;
    public static String Dialog_contributions;
    public static String Dialog_attachments;
    public static String Handler_noTask;
    public static String Handler_notYours;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
