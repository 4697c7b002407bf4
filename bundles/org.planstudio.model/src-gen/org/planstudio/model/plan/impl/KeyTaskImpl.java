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

import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Key Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getDomainId <em>Domain Id</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getLeadUnits <em>Lead Units</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getSupportingUnits <em>Supporting Units</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.KeyTaskImpl#getOriginalDeadline <em>Original Deadline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KeyTaskImpl extends IdentifiedImpl implements KeyTask
{
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText title;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText text;

	/**
	 * The default value of the '{@link #getDomainId() <em>Domain Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainId()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainId() <em>Domain Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainId()
	 * @generated
	 * @ordered
	 */
	protected String domainId = DOMAIN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeadUnits() <em>Lead Units</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> leadUnits;

	/**
	 * The cached value of the '{@link #getSupportingUnits() <em>Supporting Units</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportingUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> supportingUnits;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final Date DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected Date deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TaskStatus STATUS_EDEFAULT = TaskStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected TaskStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeValue> attributes;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KeyTaskImpl()
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
		return PlanPackage.Literals.KEY_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber()
	{
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber)
	{
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTitle(LocalizedText newTitle, NotificationChain msgs)
	{
		LocalizedText oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__TITLE, oldTitle, newTitle);
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
	public void setTitle(LocalizedText newTitle)
	{
		if (newTitle != title)
		{
			NotificationChain msgs = null;
			if (title != null)
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.KEY_TASK__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.KEY_TASK__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getText()
	{
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetText(LocalizedText newText, NotificationChain msgs)
	{
		LocalizedText oldText = text;
		text = newText;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__TEXT, oldText, newText);
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
	public void setText(LocalizedText newText)
	{
		if (newText != text)
		{
			NotificationChain msgs = null;
			if (text != null)
				msgs = ((InternalEObject)text).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.KEY_TASK__TEXT, null, msgs);
			if (newText != null)
				msgs = ((InternalEObject)newText).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.KEY_TASK__TEXT, null, msgs);
			msgs = basicSetText(newText, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__TEXT, newText, newText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainId()
	{
		return domainId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainId(String newDomainId)
	{
		String oldDomainId = domainId;
		domainId = newDomainId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__DOMAIN_ID, oldDomainId, domainId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getLeadUnits()
	{
		if (leadUnits == null)
		{
			leadUnits = new EObjectResolvingEList<Organization>(Organization.class, this, PlanPackage.KEY_TASK__LEAD_UNITS);
		}
		return leadUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getSupportingUnits()
	{
		if (supportingUnits == null)
		{
			supportingUnits = new EObjectResolvingEList<Organization>(Organization.class, this, PlanPackage.KEY_TASK__SUPPORTING_UNITS);
		}
		return supportingUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDeadline()
	{
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(Date newDeadline)
	{
		Date oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TaskStatus newStatus)
	{
		TaskStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeValue> getAttributes()
	{
		if (attributes == null)
		{
			attributes = new EObjectContainmentEList<AttributeValue>(AttributeValue.class, this, PlanPackage.KEY_TASK__ATTRIBUTES);
		}
		return attributes;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KEY_TASK__ORIGINAL_DEADLINE, oldOriginalDeadline, originalDeadline));
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
			case PlanPackage.KEY_TASK__TITLE:
				return basicSetTitle(null, msgs);
			case PlanPackage.KEY_TASK__TEXT:
				return basicSetText(null, msgs);
			case PlanPackage.KEY_TASK__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.KEY_TASK__NUMBER:
				return getNumber();
			case PlanPackage.KEY_TASK__TITLE:
				return getTitle();
			case PlanPackage.KEY_TASK__TEXT:
				return getText();
			case PlanPackage.KEY_TASK__DOMAIN_ID:
				return getDomainId();
			case PlanPackage.KEY_TASK__LEAD_UNITS:
				return getLeadUnits();
			case PlanPackage.KEY_TASK__SUPPORTING_UNITS:
				return getSupportingUnits();
			case PlanPackage.KEY_TASK__DEADLINE:
				return getDeadline();
			case PlanPackage.KEY_TASK__STATUS:
				return getStatus();
			case PlanPackage.KEY_TASK__ATTRIBUTES:
				return getAttributes();
			case PlanPackage.KEY_TASK__ORIGINAL_DEADLINE:
				return getOriginalDeadline();
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
			case PlanPackage.KEY_TASK__NUMBER:
				setNumber((Integer)newValue);
				return;
			case PlanPackage.KEY_TASK__TITLE:
				setTitle((LocalizedText)newValue);
				return;
			case PlanPackage.KEY_TASK__TEXT:
				setText((LocalizedText)newValue);
				return;
			case PlanPackage.KEY_TASK__DOMAIN_ID:
				setDomainId((String)newValue);
				return;
			case PlanPackage.KEY_TASK__LEAD_UNITS:
				getLeadUnits().clear();
				getLeadUnits().addAll((Collection<? extends Organization>)newValue);
				return;
			case PlanPackage.KEY_TASK__SUPPORTING_UNITS:
				getSupportingUnits().clear();
				getSupportingUnits().addAll((Collection<? extends Organization>)newValue);
				return;
			case PlanPackage.KEY_TASK__DEADLINE:
				setDeadline((Date)newValue);
				return;
			case PlanPackage.KEY_TASK__STATUS:
				setStatus((TaskStatus)newValue);
				return;
			case PlanPackage.KEY_TASK__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends AttributeValue>)newValue);
				return;
			case PlanPackage.KEY_TASK__ORIGINAL_DEADLINE:
				setOriginalDeadline((Date)newValue);
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
			case PlanPackage.KEY_TASK__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case PlanPackage.KEY_TASK__TITLE:
				setTitle((LocalizedText)null);
				return;
			case PlanPackage.KEY_TASK__TEXT:
				setText((LocalizedText)null);
				return;
			case PlanPackage.KEY_TASK__DOMAIN_ID:
				setDomainId(DOMAIN_ID_EDEFAULT);
				return;
			case PlanPackage.KEY_TASK__LEAD_UNITS:
				getLeadUnits().clear();
				return;
			case PlanPackage.KEY_TASK__SUPPORTING_UNITS:
				getSupportingUnits().clear();
				return;
			case PlanPackage.KEY_TASK__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case PlanPackage.KEY_TASK__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.KEY_TASK__ATTRIBUTES:
				getAttributes().clear();
				return;
			case PlanPackage.KEY_TASK__ORIGINAL_DEADLINE:
				setOriginalDeadline(ORIGINAL_DEADLINE_EDEFAULT);
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
			case PlanPackage.KEY_TASK__NUMBER:
				return number != NUMBER_EDEFAULT;
			case PlanPackage.KEY_TASK__TITLE:
				return title != null;
			case PlanPackage.KEY_TASK__TEXT:
				return text != null;
			case PlanPackage.KEY_TASK__DOMAIN_ID:
				return DOMAIN_ID_EDEFAULT == null ? domainId != null : !DOMAIN_ID_EDEFAULT.equals(domainId);
			case PlanPackage.KEY_TASK__LEAD_UNITS:
				return leadUnits != null && !leadUnits.isEmpty();
			case PlanPackage.KEY_TASK__SUPPORTING_UNITS:
				return supportingUnits != null && !supportingUnits.isEmpty();
			case PlanPackage.KEY_TASK__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case PlanPackage.KEY_TASK__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.KEY_TASK__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case PlanPackage.KEY_TASK__ORIGINAL_DEADLINE:
				return ORIGINAL_DEADLINE_EDEFAULT == null ? originalDeadline != null : !ORIGINAL_DEADLINE_EDEFAULT.equals(originalDeadline);
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
		result.append(", domainId: ");
		result.append(domainId);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", status: ");
		result.append(status);
		result.append(", originalDeadline: ");
		result.append(originalDeadline);
		result.append(')');
		return result.toString();
	}

} //KeyTaskImpl
