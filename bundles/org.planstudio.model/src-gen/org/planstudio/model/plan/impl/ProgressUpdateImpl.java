/**
 */
package org.planstudio.model.plan.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.planstudio.model.plan.Attachment;
import org.planstudio.model.plan.Contribution;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReturnForRework;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.UpdateStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Progress Update</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getTask <em>Task</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getLeadUnit <em>Lead Unit</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getDone <em>Done</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getNextSteps <em>Next Steps</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getProblems <em>Problems</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getPercent <em>Percent</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getTaskStatus <em>Task Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getEvidenceItemIds <em>Evidence Item Ids</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getSubmittedBy <em>Submitted By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getContributions <em>Contributions</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ProgressUpdateImpl#getReturns <em>Returns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgressUpdateImpl extends IdentifiedImpl implements ProgressUpdate
{
	/**
	 * The cached value of the '{@link #getTask() <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected KeyTask task;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected ReportingPeriod period;

	/**
	 * The cached value of the '{@link #getLeadUnit() <em>Lead Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadUnit()
	 * @generated
	 * @ordered
	 */
	protected Organization leadUnit;

	/**
	 * The cached value of the '{@link #getDone() <em>Done</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDone()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText done;

	/**
	 * The cached value of the '{@link #getNextSteps() <em>Next Steps</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextSteps()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText nextSteps;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText problems;

	/**
	 * The default value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPercent() <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercent()
	 * @generated
	 * @ordered
	 */
	protected Integer percent = PERCENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMilestone() <em>Milestone</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestone()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText milestone;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final UpdateStatus STATUS_EDEFAULT = UpdateStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected UpdateStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskStatus() <em>Task Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TaskStatus TASK_STATUS_EDEFAULT = TaskStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getTaskStatus() <em>Task Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskStatus()
	 * @generated
	 * @ordered
	 */
	protected TaskStatus taskStatus = TASK_STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidenceItemIds() <em>Evidence Item Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceItemIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> evidenceItemIds;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> attachments;

	/**
	 * The default value of the '{@link #getSubmittedBy() <em>Submitted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBMITTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedBy() <em>Submitted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedBy()
	 * @generated
	 * @ordered
	 */
	protected String submittedBy = SUBMITTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date SUBMITTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected Date submittedAt = SUBMITTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContributions() <em>Contributions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributions()
	 * @generated
	 * @ordered
	 */
	protected EList<Contribution> contributions;

	/**
	 * The cached value of the '{@link #getReturns() <em>Returns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturns()
	 * @generated
	 * @ordered
	 */
	protected EList<ReturnForRework> returns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgressUpdateImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PlanPackage.Literals.PROGRESS_UPDATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyTask getTask()
	{
		if (task != null && task.eIsProxy())
		{
			InternalEObject oldTask = (InternalEObject)task;
			task = (KeyTask)eResolveProxy(oldTask);
			if (task != oldTask)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.PROGRESS_UPDATE__TASK, oldTask, task));
			}
		}
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KeyTask basicGetTask()
	{
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTask(KeyTask newTask)
	{
		KeyTask oldTask = task;
		task = newTask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__TASK, oldTask, task));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingPeriod getPeriod()
	{
		if (period != null && period.eIsProxy())
		{
			InternalEObject oldPeriod = (InternalEObject)period;
			period = (ReportingPeriod)eResolveProxy(oldPeriod);
			if (period != oldPeriod)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.PROGRESS_UPDATE__PERIOD, oldPeriod, period));
			}
		}
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportingPeriod basicGetPeriod()
	{
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(ReportingPeriod newPeriod)
	{
		ReportingPeriod oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getLeadUnit()
	{
		if (leadUnit != null && leadUnit.eIsProxy())
		{
			InternalEObject oldLeadUnit = (InternalEObject)leadUnit;
			leadUnit = (Organization)eResolveProxy(oldLeadUnit);
			if (leadUnit != oldLeadUnit)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.PROGRESS_UPDATE__LEAD_UNIT, oldLeadUnit, leadUnit));
			}
		}
		return leadUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetLeadUnit()
	{
		return leadUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadUnit(Organization newLeadUnit)
	{
		Organization oldLeadUnit = leadUnit;
		leadUnit = newLeadUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__LEAD_UNIT, oldLeadUnit, leadUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getDone()
	{
		return done;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDone(LocalizedText newDone, NotificationChain msgs)
	{
		LocalizedText oldDone = done;
		done = newDone;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__DONE, oldDone, newDone);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDone(LocalizedText newDone)
	{
		if (newDone != done)
		{
			NotificationChain msgs = null;
			if (done != null)
				msgs = ((InternalEObject)done).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PROGRESS_UPDATE__DONE, null, msgs);
			if (newDone != null)
				msgs = ((InternalEObject)newDone).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PROGRESS_UPDATE__DONE, null, msgs);
			msgs = basicSetDone(newDone, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__DONE, newDone, newDone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getNextSteps()
	{
		return nextSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNextSteps(LocalizedText newNextSteps, NotificationChain msgs)
	{
		LocalizedText oldNextSteps = nextSteps;
		nextSteps = newNextSteps;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__NEXT_STEPS, oldNextSteps, newNextSteps);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextSteps(LocalizedText newNextSteps)
	{
		if (newNextSteps != nextSteps)
		{
			NotificationChain msgs = null;
			if (nextSteps != null)
				msgs = ((InternalEObject)nextSteps).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PROGRESS_UPDATE__NEXT_STEPS, null, msgs);
			if (newNextSteps != null)
				msgs = ((InternalEObject)newNextSteps).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PROGRESS_UPDATE__NEXT_STEPS, null, msgs);
			msgs = basicSetNextSteps(newNextSteps, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__NEXT_STEPS, newNextSteps, newNextSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getProblems()
	{
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProblems(LocalizedText newProblems, NotificationChain msgs)
	{
		LocalizedText oldProblems = problems;
		problems = newProblems;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__PROBLEMS, oldProblems, newProblems);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblems(LocalizedText newProblems)
	{
		if (newProblems != problems)
		{
			NotificationChain msgs = null;
			if (problems != null)
				msgs = ((InternalEObject)problems).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PROGRESS_UPDATE__PROBLEMS, null, msgs);
			if (newProblems != null)
				msgs = ((InternalEObject)newProblems).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PROGRESS_UPDATE__PROBLEMS, null, msgs);
			msgs = basicSetProblems(newProblems, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__PROBLEMS, newProblems, newProblems));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPercent()
	{
		return percent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercent(Integer newPercent)
	{
		Integer oldPercent = percent;
		percent = newPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__PERCENT, oldPercent, percent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getMilestone()
	{
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMilestone(LocalizedText newMilestone, NotificationChain msgs)
	{
		LocalizedText oldMilestone = milestone;
		milestone = newMilestone;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__MILESTONE, oldMilestone, newMilestone);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMilestone(LocalizedText newMilestone)
	{
		if (newMilestone != milestone)
		{
			NotificationChain msgs = null;
			if (milestone != null)
				msgs = ((InternalEObject)milestone).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PROGRESS_UPDATE__MILESTONE, null, msgs);
			if (newMilestone != null)
				msgs = ((InternalEObject)newMilestone).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PROGRESS_UPDATE__MILESTONE, null, msgs);
			msgs = basicSetMilestone(newMilestone, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__MILESTONE, newMilestone, newMilestone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(UpdateStatus newStatus)
	{
		UpdateStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskStatus getTaskStatus()
	{
		return taskStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskStatus(TaskStatus newTaskStatus)
	{
		TaskStatus oldTaskStatus = taskStatus;
		taskStatus = newTaskStatus == null ? TASK_STATUS_EDEFAULT : newTaskStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__TASK_STATUS, oldTaskStatus, taskStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEvidenceItemIds()
	{
		if (evidenceItemIds == null)
		{
			evidenceItemIds = new EDataTypeUniqueEList<String>(String.class, this, PlanPackage.PROGRESS_UPDATE__EVIDENCE_ITEM_IDS);
		}
		return evidenceItemIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments()
	{
		if (attachments == null)
		{
			attachments = new EObjectContainmentEList<Attachment>(Attachment.class, this, PlanPackage.PROGRESS_UPDATE__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubmittedBy()
	{
		return submittedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedBy(String newSubmittedBy)
	{
		String oldSubmittedBy = submittedBy;
		submittedBy = newSubmittedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__SUBMITTED_BY, oldSubmittedBy, submittedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getSubmittedAt()
	{
		return submittedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedAt(Date newSubmittedAt)
	{
		Date oldSubmittedAt = submittedAt;
		submittedAt = newSubmittedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PROGRESS_UPDATE__SUBMITTED_AT, oldSubmittedAt, submittedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contribution> getContributions()
	{
		if (contributions == null)
		{
			contributions = new EObjectContainmentEList<Contribution>(Contribution.class, this, PlanPackage.PROGRESS_UPDATE__CONTRIBUTIONS);
		}
		return contributions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReturnForRework> getReturns()
	{
		if (returns == null)
		{
			returns = new EObjectContainmentEList<ReturnForRework>(ReturnForRework.class, this, PlanPackage.PROGRESS_UPDATE__RETURNS);
		}
		return returns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlanPackage.PROGRESS_UPDATE__DONE:
				return basicSetDone(null, msgs);
			case PlanPackage.PROGRESS_UPDATE__NEXT_STEPS:
				return basicSetNextSteps(null, msgs);
			case PlanPackage.PROGRESS_UPDATE__PROBLEMS:
				return basicSetProblems(null, msgs);
			case PlanPackage.PROGRESS_UPDATE__MILESTONE:
				return basicSetMilestone(null, msgs);
			case PlanPackage.PROGRESS_UPDATE__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
			case PlanPackage.PROGRESS_UPDATE__CONTRIBUTIONS:
				return ((InternalEList<?>)getContributions()).basicRemove(otherEnd, msgs);
			case PlanPackage.PROGRESS_UPDATE__RETURNS:
				return ((InternalEList<?>)getReturns()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PlanPackage.PROGRESS_UPDATE__TASK:
				if (resolve) return getTask();
				return basicGetTask();
			case PlanPackage.PROGRESS_UPDATE__PERIOD:
				if (resolve) return getPeriod();
				return basicGetPeriod();
			case PlanPackage.PROGRESS_UPDATE__LEAD_UNIT:
				if (resolve) return getLeadUnit();
				return basicGetLeadUnit();
			case PlanPackage.PROGRESS_UPDATE__DONE:
				return getDone();
			case PlanPackage.PROGRESS_UPDATE__NEXT_STEPS:
				return getNextSteps();
			case PlanPackage.PROGRESS_UPDATE__PROBLEMS:
				return getProblems();
			case PlanPackage.PROGRESS_UPDATE__PERCENT:
				return getPercent();
			case PlanPackage.PROGRESS_UPDATE__MILESTONE:
				return getMilestone();
			case PlanPackage.PROGRESS_UPDATE__STATUS:
				return getStatus();
			case PlanPackage.PROGRESS_UPDATE__TASK_STATUS:
				return getTaskStatus();
			case PlanPackage.PROGRESS_UPDATE__EVIDENCE_ITEM_IDS:
				return getEvidenceItemIds();
			case PlanPackage.PROGRESS_UPDATE__ATTACHMENTS:
				return getAttachments();
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_BY:
				return getSubmittedBy();
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_AT:
				return getSubmittedAt();
			case PlanPackage.PROGRESS_UPDATE__CONTRIBUTIONS:
				return getContributions();
			case PlanPackage.PROGRESS_UPDATE__RETURNS:
				return getReturns();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlanPackage.PROGRESS_UPDATE__TASK:
				setTask((KeyTask)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__PERIOD:
				setPeriod((ReportingPeriod)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__LEAD_UNIT:
				setLeadUnit((Organization)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__DONE:
				setDone((LocalizedText)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__NEXT_STEPS:
				setNextSteps((LocalizedText)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__PROBLEMS:
				setProblems((LocalizedText)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__PERCENT:
				setPercent((Integer)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__MILESTONE:
				setMilestone((LocalizedText)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__STATUS:
				setStatus((UpdateStatus)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__TASK_STATUS:
				setTaskStatus((TaskStatus)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__EVIDENCE_ITEM_IDS:
				getEvidenceItemIds().clear();
				getEvidenceItemIds().addAll((Collection<? extends String>)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends Attachment>)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_BY:
				setSubmittedBy((String)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_AT:
				setSubmittedAt((Date)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__CONTRIBUTIONS:
				getContributions().clear();
				getContributions().addAll((Collection<? extends Contribution>)newValue);
				return;
			case PlanPackage.PROGRESS_UPDATE__RETURNS:
				getReturns().clear();
				getReturns().addAll((Collection<? extends ReturnForRework>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.PROGRESS_UPDATE__TASK:
				setTask((KeyTask)null);
				return;
			case PlanPackage.PROGRESS_UPDATE__PERIOD:
				setPeriod((ReportingPeriod)null);
				return;
			case PlanPackage.PROGRESS_UPDATE__LEAD_UNIT:
				setLeadUnit((Organization)null);
				return;
			case PlanPackage.PROGRESS_UPDATE__DONE:
				setDone((LocalizedText)null);
				return;
			case PlanPackage.PROGRESS_UPDATE__NEXT_STEPS:
				setNextSteps((LocalizedText)null);
				return;
			case PlanPackage.PROGRESS_UPDATE__PROBLEMS:
				setProblems((LocalizedText)null);
				return;
			case PlanPackage.PROGRESS_UPDATE__PERCENT:
				setPercent(PERCENT_EDEFAULT);
				return;
			case PlanPackage.PROGRESS_UPDATE__MILESTONE:
				setMilestone((LocalizedText)null);
				return;
			case PlanPackage.PROGRESS_UPDATE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.PROGRESS_UPDATE__TASK_STATUS:
				setTaskStatus(TASK_STATUS_EDEFAULT);
				return;
			case PlanPackage.PROGRESS_UPDATE__EVIDENCE_ITEM_IDS:
				getEvidenceItemIds().clear();
				return;
			case PlanPackage.PROGRESS_UPDATE__ATTACHMENTS:
				getAttachments().clear();
				return;
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_BY:
				setSubmittedBy(SUBMITTED_BY_EDEFAULT);
				return;
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_AT:
				setSubmittedAt(SUBMITTED_AT_EDEFAULT);
				return;
			case PlanPackage.PROGRESS_UPDATE__CONTRIBUTIONS:
				getContributions().clear();
				return;
			case PlanPackage.PROGRESS_UPDATE__RETURNS:
				getReturns().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.PROGRESS_UPDATE__TASK:
				return task != null;
			case PlanPackage.PROGRESS_UPDATE__PERIOD:
				return period != null;
			case PlanPackage.PROGRESS_UPDATE__LEAD_UNIT:
				return leadUnit != null;
			case PlanPackage.PROGRESS_UPDATE__DONE:
				return done != null;
			case PlanPackage.PROGRESS_UPDATE__NEXT_STEPS:
				return nextSteps != null;
			case PlanPackage.PROGRESS_UPDATE__PROBLEMS:
				return problems != null;
			case PlanPackage.PROGRESS_UPDATE__PERCENT:
				return PERCENT_EDEFAULT == null ? percent != null : !PERCENT_EDEFAULT.equals(percent);
			case PlanPackage.PROGRESS_UPDATE__MILESTONE:
				return milestone != null;
			case PlanPackage.PROGRESS_UPDATE__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.PROGRESS_UPDATE__TASK_STATUS:
				return taskStatus != TASK_STATUS_EDEFAULT;
			case PlanPackage.PROGRESS_UPDATE__EVIDENCE_ITEM_IDS:
				return evidenceItemIds != null && !evidenceItemIds.isEmpty();
			case PlanPackage.PROGRESS_UPDATE__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_BY:
				return SUBMITTED_BY_EDEFAULT == null ? submittedBy != null : !SUBMITTED_BY_EDEFAULT.equals(submittedBy);
			case PlanPackage.PROGRESS_UPDATE__SUBMITTED_AT:
				return SUBMITTED_AT_EDEFAULT == null ? submittedAt != null : !SUBMITTED_AT_EDEFAULT.equals(submittedAt);
			case PlanPackage.PROGRESS_UPDATE__CONTRIBUTIONS:
				return contributions != null && !contributions.isEmpty();
			case PlanPackage.PROGRESS_UPDATE__RETURNS:
				return returns != null && !returns.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (percent: ");
		result.append(percent);
		result.append(", status: ");
		result.append(status);
		result.append(", taskStatus: ");
		result.append(taskStatus);
		result.append(", evidenceItemIds: ");
		result.append(evidenceItemIds);
		result.append(", submittedBy: ");
		result.append(submittedBy);
		result.append(", submittedAt: ");
		result.append(submittedAt);
		result.append(')');
		return result.toString();
	}

} //ProgressUpdateImpl
