/**
 */
package org.planstudio.model.plan.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.ReturnForRework;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Return For Rework</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.ReturnForReworkImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ReturnForReworkImpl#getReturnedBy <em>Returned By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ReturnForReworkImpl#getReturnedAt <em>Returned At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReturnForReworkImpl extends IdentifiedImpl implements ReturnForRework
{
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
	 * The default value of the '{@link #getReturnedBy() <em>Returned By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RETURNED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnedBy() <em>Returned By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedBy()
	 * @generated
	 * @ordered
	 */
	protected String returnedBy = RETURNED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnedAt() <em>Returned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date RETURNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReturnedAt() <em>Returned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnedAt()
	 * @generated
	 * @ordered
	 */
	protected Date returnedAt = RETURNED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReturnForReworkImpl()
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
		return PlanPackage.Literals.RETURN_FOR_REWORK;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.RETURN_FOR_REWORK__REASON, oldReason, newReason);
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
				msgs = ((InternalEObject)reason).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.RETURN_FOR_REWORK__REASON, null, msgs);
			if (newReason != null)
				msgs = ((InternalEObject)newReason).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.RETURN_FOR_REWORK__REASON, null, msgs);
			msgs = basicSetReason(newReason, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.RETURN_FOR_REWORK__REASON, newReason, newReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReturnedBy()
	{
		return returnedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnedBy(String newReturnedBy)
	{
		String oldReturnedBy = returnedBy;
		returnedBy = newReturnedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.RETURN_FOR_REWORK__RETURNED_BY, oldReturnedBy, returnedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReturnedAt()
	{
		return returnedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnedAt(Date newReturnedAt)
	{
		Date oldReturnedAt = returnedAt;
		returnedAt = newReturnedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.RETURN_FOR_REWORK__RETURNED_AT, oldReturnedAt, returnedAt));
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
			case PlanPackage.RETURN_FOR_REWORK__REASON:
				return basicSetReason(null, msgs);
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
			case PlanPackage.RETURN_FOR_REWORK__REASON:
				return getReason();
			case PlanPackage.RETURN_FOR_REWORK__RETURNED_BY:
				return getReturnedBy();
			case PlanPackage.RETURN_FOR_REWORK__RETURNED_AT:
				return getReturnedAt();
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
			case PlanPackage.RETURN_FOR_REWORK__REASON:
				setReason((LocalizedText)newValue);
				return;
			case PlanPackage.RETURN_FOR_REWORK__RETURNED_BY:
				setReturnedBy((String)newValue);
				return;
			case PlanPackage.RETURN_FOR_REWORK__RETURNED_AT:
				setReturnedAt((Date)newValue);
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
			case PlanPackage.RETURN_FOR_REWORK__REASON:
				setReason((LocalizedText)null);
				return;
			case PlanPackage.RETURN_FOR_REWORK__RETURNED_BY:
				setReturnedBy(RETURNED_BY_EDEFAULT);
				return;
			case PlanPackage.RETURN_FOR_REWORK__RETURNED_AT:
				setReturnedAt(RETURNED_AT_EDEFAULT);
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
			case PlanPackage.RETURN_FOR_REWORK__REASON:
				return reason != null;
			case PlanPackage.RETURN_FOR_REWORK__RETURNED_BY:
				return RETURNED_BY_EDEFAULT == null ? returnedBy != null : !RETURNED_BY_EDEFAULT.equals(returnedBy);
			case PlanPackage.RETURN_FOR_REWORK__RETURNED_AT:
				return RETURNED_AT_EDEFAULT == null ? returnedAt != null : !RETURNED_AT_EDEFAULT.equals(returnedAt);
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
		result.append(" (returnedBy: ");
		result.append(returnedBy);
		result.append(", returnedAt: ");
		result.append(returnedAt);
		result.append(')');
		return result.toString();
	}

} //ReturnForReworkImpl
