/**
 */
package org.planstudio.model.plan.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.planstudio.model.plan.CloseOutApproval;
import org.planstudio.model.plan.CloseOutKind;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Close Out Approval</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.CloseOutApprovalImpl#getTask <em>Task</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CloseOutApprovalImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CloseOutApprovalImpl#getApprovedBy <em>Approved By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CloseOutApprovalImpl#getApprovedAt <em>Approved At</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CloseOutApprovalImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CloseOutApprovalImpl extends IdentifiedImpl implements CloseOutApproval
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CloseOutKind KIND_EDEFAULT = CloseOutKind.CLOSE_OUT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CloseOutKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedBy() <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedBy() <em>Approved By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected String approvedBy = APPROVED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedAt() <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date APPROVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedAt() <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedAt()
	 * @generated
	 * @ordered
	 */
	protected Date approvedAt = APPROVED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText note;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CloseOutApprovalImpl()
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
		return PlanPackage.Literals.CLOSE_OUT_APPROVAL;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.CLOSE_OUT_APPROVAL__TASK, oldTask, task));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CLOSE_OUT_APPROVAL__TASK, oldTask, task));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CloseOutKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CloseOutKind newKind)
	{
		CloseOutKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CLOSE_OUT_APPROVAL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovedBy()
	{
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedBy(String newApprovedBy)
	{
		String oldApprovedBy = approvedBy;
		approvedBy = newApprovedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_BY, oldApprovedBy, approvedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getApprovedAt()
	{
		return approvedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedAt(Date newApprovedAt)
	{
		Date oldApprovedAt = approvedAt;
		approvedAt = newApprovedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_AT, oldApprovedAt, approvedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getNote()
	{
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNote(LocalizedText newNote, NotificationChain msgs)
	{
		LocalizedText oldNote = note;
		note = newNote;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.CLOSE_OUT_APPROVAL__NOTE, oldNote, newNote);
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
	public void setNote(LocalizedText newNote)
	{
		if (newNote != note)
		{
			NotificationChain msgs = null;
			if (note != null)
				msgs = ((InternalEObject)note).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.CLOSE_OUT_APPROVAL__NOTE, null, msgs);
			if (newNote != null)
				msgs = ((InternalEObject)newNote).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.CLOSE_OUT_APPROVAL__NOTE, null, msgs);
			msgs = basicSetNote(newNote, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CLOSE_OUT_APPROVAL__NOTE, newNote, newNote));
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
			case PlanPackage.CLOSE_OUT_APPROVAL__NOTE:
				return basicSetNote(null, msgs);
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
			case PlanPackage.CLOSE_OUT_APPROVAL__TASK:
				if (resolve) return getTask();
				return basicGetTask();
			case PlanPackage.CLOSE_OUT_APPROVAL__KIND:
				return getKind();
			case PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_BY:
				return getApprovedBy();
			case PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_AT:
				return getApprovedAt();
			case PlanPackage.CLOSE_OUT_APPROVAL__NOTE:
				return getNote();
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
			case PlanPackage.CLOSE_OUT_APPROVAL__TASK:
				setTask((KeyTask)newValue);
				return;
			case PlanPackage.CLOSE_OUT_APPROVAL__KIND:
				setKind((CloseOutKind)newValue);
				return;
			case PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_BY:
				setApprovedBy((String)newValue);
				return;
			case PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_AT:
				setApprovedAt((Date)newValue);
				return;
			case PlanPackage.CLOSE_OUT_APPROVAL__NOTE:
				setNote((LocalizedText)newValue);
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
			case PlanPackage.CLOSE_OUT_APPROVAL__TASK:
				setTask((KeyTask)null);
				return;
			case PlanPackage.CLOSE_OUT_APPROVAL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_BY:
				setApprovedBy(APPROVED_BY_EDEFAULT);
				return;
			case PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_AT:
				setApprovedAt(APPROVED_AT_EDEFAULT);
				return;
			case PlanPackage.CLOSE_OUT_APPROVAL__NOTE:
				setNote((LocalizedText)null);
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
			case PlanPackage.CLOSE_OUT_APPROVAL__TASK:
				return task != null;
			case PlanPackage.CLOSE_OUT_APPROVAL__KIND:
				return kind != KIND_EDEFAULT;
			case PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_BY:
				return APPROVED_BY_EDEFAULT == null ? approvedBy != null : !APPROVED_BY_EDEFAULT.equals(approvedBy);
			case PlanPackage.CLOSE_OUT_APPROVAL__APPROVED_AT:
				return APPROVED_AT_EDEFAULT == null ? approvedAt != null : !APPROVED_AT_EDEFAULT.equals(approvedAt);
			case PlanPackage.CLOSE_OUT_APPROVAL__NOTE:
				return note != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", approvedBy: ");
		result.append(approvedBy);
		result.append(", approvedAt: ");
		result.append(approvedAt);
		result.append(')');
		return result.toString();
	}

} //CloseOutApprovalImpl
