/**
 */
package org.planstudio.model.plan.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.planstudio.model.plan.ExtensionDecision;
import org.planstudio.model.plan.ExtensionRequest;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Extension Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getTask <em>Task</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getOriginalDeadline <em>Original Deadline</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getProposedDeadline <em>Proposed Deadline</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getRequestedBy <em>Requested By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getRequestedAt <em>Requested At</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ExtensionRequestImpl#getDecisionNote <em>Decision Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExtensionRequestImpl extends IdentifiedImpl implements ExtensionRequest
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
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText reason;

	/**
	 * The default value of the '{@link #getOriginalDeadline() <em>Original Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final Date ORIGINAL_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalDeadline() <em>Original Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalDeadline()
	 * @generated
	 * @ordered
	 */
	protected Date originalDeadline = ORIGINAL_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProposedDeadline() <em>Proposed Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final Date PROPOSED_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposedDeadline() <em>Proposed Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedDeadline()
	 * @generated
	 * @ordered
	 */
	protected Date proposedDeadline = PROPOSED_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestedBy() <em>Requested By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String REQUESTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestedBy() <em>Requested By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedBy()
	 * @generated
	 * @ordered
	 */
	protected String requestedBy = REQUESTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestedAt() <em>Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date REQUESTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestedAt() <em>Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedAt()
	 * @generated
	 * @ordered
	 */
	protected Date requestedAt = REQUESTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final ExtensionDecision DECISION_EDEFAULT = ExtensionDecision.PENDING;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected ExtensionDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DECIDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected String decidedBy = DECIDED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date DECIDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected Date decidedAt = DECIDED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecisionNote() <em>Decision Note</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNote()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText decisionNote;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExtensionRequestImpl()
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
		return PlanPackage.Literals.EXTENSION_REQUEST;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.EXTENSION_REQUEST__TASK, oldTask, task));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__TASK, oldTask, task));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getReason()
	{
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReason(LocalizedText newReason, NotificationChain msgs)
	{
		LocalizedText oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__REASON, oldReason, newReason);
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
	public void setReason(LocalizedText newReason)
	{
		if (newReason != reason)
		{
			NotificationChain msgs = null;
			if (reason != null)
				msgs = ((InternalEObject)reason).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.EXTENSION_REQUEST__REASON, null, msgs);
			if (newReason != null)
				msgs = ((InternalEObject)newReason).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.EXTENSION_REQUEST__REASON, null, msgs);
			msgs = basicSetReason(newReason, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__REASON, newReason, newReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getOriginalDeadline()
	{
		return originalDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalDeadline(Date newOriginalDeadline)
	{
		Date oldOriginalDeadline = originalDeadline;
		originalDeadline = newOriginalDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__ORIGINAL_DEADLINE, oldOriginalDeadline, originalDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getProposedDeadline()
	{
		return proposedDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposedDeadline(Date newProposedDeadline)
	{
		Date oldProposedDeadline = proposedDeadline;
		proposedDeadline = newProposedDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__PROPOSED_DEADLINE, oldProposedDeadline, proposedDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRequestedBy()
	{
		return requestedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestedBy(String newRequestedBy)
	{
		String oldRequestedBy = requestedBy;
		requestedBy = newRequestedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__REQUESTED_BY, oldRequestedBy, requestedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRequestedAt()
	{
		return requestedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestedAt(Date newRequestedAt)
	{
		Date oldRequestedAt = requestedAt;
		requestedAt = newRequestedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__REQUESTED_AT, oldRequestedAt, requestedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtensionDecision getDecision()
	{
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(ExtensionDecision newDecision)
	{
		ExtensionDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecidedBy()
	{
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(String newDecidedBy)
	{
		String oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDecidedAt()
	{
		return decidedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedAt(Date newDecidedAt)
	{
		Date oldDecidedAt = decidedAt;
		decidedAt = newDecidedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__DECIDED_AT, oldDecidedAt, decidedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getDecisionNote()
	{
		return decisionNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDecisionNote(LocalizedText newDecisionNote, NotificationChain msgs)
	{
		LocalizedText oldDecisionNote = decisionNote;
		decisionNote = newDecisionNote;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__DECISION_NOTE, oldDecisionNote, newDecisionNote);
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
	public void setDecisionNote(LocalizedText newDecisionNote)
	{
		if (newDecisionNote != decisionNote)
		{
			NotificationChain msgs = null;
			if (decisionNote != null)
				msgs = ((InternalEObject)decisionNote).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.EXTENSION_REQUEST__DECISION_NOTE, null, msgs);
			if (newDecisionNote != null)
				msgs = ((InternalEObject)newDecisionNote).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.EXTENSION_REQUEST__DECISION_NOTE, null, msgs);
			msgs = basicSetDecisionNote(newDecisionNote, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.EXTENSION_REQUEST__DECISION_NOTE, newDecisionNote, newDecisionNote));
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
			case PlanPackage.EXTENSION_REQUEST__REASON:
				return basicSetReason(null, msgs);
			case PlanPackage.EXTENSION_REQUEST__DECISION_NOTE:
				return basicSetDecisionNote(null, msgs);
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
			case PlanPackage.EXTENSION_REQUEST__TASK:
				if (resolve) return getTask();
				return basicGetTask();
			case PlanPackage.EXTENSION_REQUEST__REASON:
				return getReason();
			case PlanPackage.EXTENSION_REQUEST__ORIGINAL_DEADLINE:
				return getOriginalDeadline();
			case PlanPackage.EXTENSION_REQUEST__PROPOSED_DEADLINE:
				return getProposedDeadline();
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_BY:
				return getRequestedBy();
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_AT:
				return getRequestedAt();
			case PlanPackage.EXTENSION_REQUEST__DECISION:
				return getDecision();
			case PlanPackage.EXTENSION_REQUEST__DECIDED_BY:
				return getDecidedBy();
			case PlanPackage.EXTENSION_REQUEST__DECIDED_AT:
				return getDecidedAt();
			case PlanPackage.EXTENSION_REQUEST__DECISION_NOTE:
				return getDecisionNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlanPackage.EXTENSION_REQUEST__TASK:
				setTask((KeyTask)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__REASON:
				setReason((LocalizedText)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__ORIGINAL_DEADLINE:
				setOriginalDeadline((Date)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__PROPOSED_DEADLINE:
				setProposedDeadline((Date)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_BY:
				setRequestedBy((String)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_AT:
				setRequestedAt((Date)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__DECISION:
				setDecision((ExtensionDecision)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__DECIDED_BY:
				setDecidedBy((String)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__DECIDED_AT:
				setDecidedAt((Date)newValue);
				return;
			case PlanPackage.EXTENSION_REQUEST__DECISION_NOTE:
				setDecisionNote((LocalizedText)newValue);
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
			case PlanPackage.EXTENSION_REQUEST__TASK:
				setTask((KeyTask)null);
				return;
			case PlanPackage.EXTENSION_REQUEST__REASON:
				setReason((LocalizedText)null);
				return;
			case PlanPackage.EXTENSION_REQUEST__ORIGINAL_DEADLINE:
				setOriginalDeadline(ORIGINAL_DEADLINE_EDEFAULT);
				return;
			case PlanPackage.EXTENSION_REQUEST__PROPOSED_DEADLINE:
				setProposedDeadline(PROPOSED_DEADLINE_EDEFAULT);
				return;
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_BY:
				setRequestedBy(REQUESTED_BY_EDEFAULT);
				return;
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_AT:
				setRequestedAt(REQUESTED_AT_EDEFAULT);
				return;
			case PlanPackage.EXTENSION_REQUEST__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case PlanPackage.EXTENSION_REQUEST__DECIDED_BY:
				setDecidedBy(DECIDED_BY_EDEFAULT);
				return;
			case PlanPackage.EXTENSION_REQUEST__DECIDED_AT:
				setDecidedAt(DECIDED_AT_EDEFAULT);
				return;
			case PlanPackage.EXTENSION_REQUEST__DECISION_NOTE:
				setDecisionNote((LocalizedText)null);
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
			case PlanPackage.EXTENSION_REQUEST__TASK:
				return task != null;
			case PlanPackage.EXTENSION_REQUEST__REASON:
				return reason != null;
			case PlanPackage.EXTENSION_REQUEST__ORIGINAL_DEADLINE:
				return ORIGINAL_DEADLINE_EDEFAULT == null ? originalDeadline != null : !ORIGINAL_DEADLINE_EDEFAULT.equals(originalDeadline);
			case PlanPackage.EXTENSION_REQUEST__PROPOSED_DEADLINE:
				return PROPOSED_DEADLINE_EDEFAULT == null ? proposedDeadline != null : !PROPOSED_DEADLINE_EDEFAULT.equals(proposedDeadline);
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_BY:
				return REQUESTED_BY_EDEFAULT == null ? requestedBy != null : !REQUESTED_BY_EDEFAULT.equals(requestedBy);
			case PlanPackage.EXTENSION_REQUEST__REQUESTED_AT:
				return REQUESTED_AT_EDEFAULT == null ? requestedAt != null : !REQUESTED_AT_EDEFAULT.equals(requestedAt);
			case PlanPackage.EXTENSION_REQUEST__DECISION:
				return decision != DECISION_EDEFAULT;
			case PlanPackage.EXTENSION_REQUEST__DECIDED_BY:
				return DECIDED_BY_EDEFAULT == null ? decidedBy != null : !DECIDED_BY_EDEFAULT.equals(decidedBy);
			case PlanPackage.EXTENSION_REQUEST__DECIDED_AT:
				return DECIDED_AT_EDEFAULT == null ? decidedAt != null : !DECIDED_AT_EDEFAULT.equals(decidedAt);
			case PlanPackage.EXTENSION_REQUEST__DECISION_NOTE:
				return decisionNote != null;
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
		result.append(" (originalDeadline: ");
		result.append(originalDeadline);
		result.append(", proposedDeadline: ");
		result.append(proposedDeadline);
		result.append(", requestedBy: ");
		result.append(requestedBy);
		result.append(", requestedAt: ");
		result.append(requestedAt);
		result.append(", decision: ");
		result.append(decision);
		result.append(", decidedBy: ");
		result.append(decidedBy);
		result.append(", decidedAt: ");
		result.append(decidedAt);
		result.append(')');
		return result.toString();
	}

} //ExtensionRequestImpl
