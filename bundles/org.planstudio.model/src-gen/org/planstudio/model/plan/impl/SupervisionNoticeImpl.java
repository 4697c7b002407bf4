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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.model.plan.NoticeStep;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.SupervisionNotice;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervision Notice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl#getTask <em>Task</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl#getIssue <em>Issue</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl#getSentTo <em>Sent To</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.SupervisionNoticeImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisionNoticeImpl extends IdentifiedImpl implements SupervisionNotice
{
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

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
	 * The cached value of the '{@link #getIssue() <em>Issue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssue()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText issue;

	/**
	 * The cached value of the '{@link #getRequirement() <em>Requirement</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirement()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText requirement;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected Date dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSentTo() <em>Sent To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentTo()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> sentTo;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final NoticeStatus STATUS_EDEFAULT = NoticeStatus.ASSIGNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected NoticeStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<NoticeStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupervisionNoticeImpl()
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
		return PlanPackage.Literals.SUPERVISION_NOTICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber()
	{
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber)
	{
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SUPERVISION_NOTICE__NUMBER, oldNumber, number));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.SUPERVISION_NOTICE__TASK, oldTask, task));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SUPERVISION_NOTICE__TASK, oldTask, task));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getIssue()
	{
		return issue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIssue(LocalizedText newIssue, NotificationChain msgs)
	{
		LocalizedText oldIssue = issue;
		issue = newIssue;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.SUPERVISION_NOTICE__ISSUE, oldIssue, newIssue);
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
	public void setIssue(LocalizedText newIssue)
	{
		if (newIssue != issue)
		{
			NotificationChain msgs = null;
			if (issue != null)
				msgs = ((InternalEObject)issue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.SUPERVISION_NOTICE__ISSUE, null, msgs);
			if (newIssue != null)
				msgs = ((InternalEObject)newIssue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.SUPERVISION_NOTICE__ISSUE, null, msgs);
			msgs = basicSetIssue(newIssue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SUPERVISION_NOTICE__ISSUE, newIssue, newIssue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getRequirement()
	{
		return requirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequirement(LocalizedText newRequirement, NotificationChain msgs)
	{
		LocalizedText oldRequirement = requirement;
		requirement = newRequirement;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.SUPERVISION_NOTICE__REQUIREMENT, oldRequirement, newRequirement);
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
	public void setRequirement(LocalizedText newRequirement)
	{
		if (newRequirement != requirement)
		{
			NotificationChain msgs = null;
			if (requirement != null)
				msgs = ((InternalEObject)requirement).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.SUPERVISION_NOTICE__REQUIREMENT, null, msgs);
			if (newRequirement != null)
				msgs = ((InternalEObject)newRequirement).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.SUPERVISION_NOTICE__REQUIREMENT, null, msgs);
			msgs = basicSetRequirement(newRequirement, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SUPERVISION_NOTICE__REQUIREMENT, newRequirement, newRequirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDueDate()
	{
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(Date newDueDate)
	{
		Date oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SUPERVISION_NOTICE__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getSentTo()
	{
		if (sentTo == null)
		{
			sentTo = new EObjectResolvingEList<Organization>(Organization.class, this, PlanPackage.SUPERVISION_NOTICE__SENT_TO);
		}
		return sentTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoticeStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(NoticeStatus newStatus)
	{
		NoticeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SUPERVISION_NOTICE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NoticeStep> getSteps()
	{
		if (steps == null)
		{
			steps = new EObjectContainmentEList<NoticeStep>(NoticeStep.class, this, PlanPackage.SUPERVISION_NOTICE__STEPS);
		}
		return steps;
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
			case PlanPackage.SUPERVISION_NOTICE__ISSUE:
				return basicSetIssue(null, msgs);
			case PlanPackage.SUPERVISION_NOTICE__REQUIREMENT:
				return basicSetRequirement(null, msgs);
			case PlanPackage.SUPERVISION_NOTICE__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.SUPERVISION_NOTICE__NUMBER:
				return getNumber();
			case PlanPackage.SUPERVISION_NOTICE__TASK:
				if (resolve) return getTask();
				return basicGetTask();
			case PlanPackage.SUPERVISION_NOTICE__ISSUE:
				return getIssue();
			case PlanPackage.SUPERVISION_NOTICE__REQUIREMENT:
				return getRequirement();
			case PlanPackage.SUPERVISION_NOTICE__DUE_DATE:
				return getDueDate();
			case PlanPackage.SUPERVISION_NOTICE__SENT_TO:
				return getSentTo();
			case PlanPackage.SUPERVISION_NOTICE__STATUS:
				return getStatus();
			case PlanPackage.SUPERVISION_NOTICE__STEPS:
				return getSteps();
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
			case PlanPackage.SUPERVISION_NOTICE__NUMBER:
				setNumber((String)newValue);
				return;
			case PlanPackage.SUPERVISION_NOTICE__TASK:
				setTask((KeyTask)newValue);
				return;
			case PlanPackage.SUPERVISION_NOTICE__ISSUE:
				setIssue((LocalizedText)newValue);
				return;
			case PlanPackage.SUPERVISION_NOTICE__REQUIREMENT:
				setRequirement((LocalizedText)newValue);
				return;
			case PlanPackage.SUPERVISION_NOTICE__DUE_DATE:
				setDueDate((Date)newValue);
				return;
			case PlanPackage.SUPERVISION_NOTICE__SENT_TO:
				getSentTo().clear();
				getSentTo().addAll((Collection<? extends Organization>)newValue);
				return;
			case PlanPackage.SUPERVISION_NOTICE__STATUS:
				setStatus((NoticeStatus)newValue);
				return;
			case PlanPackage.SUPERVISION_NOTICE__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends NoticeStep>)newValue);
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
			case PlanPackage.SUPERVISION_NOTICE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case PlanPackage.SUPERVISION_NOTICE__TASK:
				setTask((KeyTask)null);
				return;
			case PlanPackage.SUPERVISION_NOTICE__ISSUE:
				setIssue((LocalizedText)null);
				return;
			case PlanPackage.SUPERVISION_NOTICE__REQUIREMENT:
				setRequirement((LocalizedText)null);
				return;
			case PlanPackage.SUPERVISION_NOTICE__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case PlanPackage.SUPERVISION_NOTICE__SENT_TO:
				getSentTo().clear();
				return;
			case PlanPackage.SUPERVISION_NOTICE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.SUPERVISION_NOTICE__STEPS:
				getSteps().clear();
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
			case PlanPackage.SUPERVISION_NOTICE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case PlanPackage.SUPERVISION_NOTICE__TASK:
				return task != null;
			case PlanPackage.SUPERVISION_NOTICE__ISSUE:
				return issue != null;
			case PlanPackage.SUPERVISION_NOTICE__REQUIREMENT:
				return requirement != null;
			case PlanPackage.SUPERVISION_NOTICE__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case PlanPackage.SUPERVISION_NOTICE__SENT_TO:
				return sentTo != null && !sentTo.isEmpty();
			case PlanPackage.SUPERVISION_NOTICE__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.SUPERVISION_NOTICE__STEPS:
				return steps != null && !steps.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //SupervisionNoticeImpl
