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

import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.PlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consultation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.ConsultationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ConsultationImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ConsultationImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ConsultationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ConsultationImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ConsultationImpl#getParticipantCount <em>Participant Count</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.ConsultationImpl#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsultationImpl extends IdentifiedImpl implements Consultation
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConsultationKind KIND_EDEFAULT = ConsultationKind.STUDY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConsultationKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText summary;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> participants;

	/**
	 * The default value of the '{@link #getParticipantCount() <em>Participant Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipantCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PARTICIPANT_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getParticipantCount() <em>Participant Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipantCount()
	 * @generated
	 * @ordered
	 */
	protected int participantCount = PARTICIPANT_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<Comment> comments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsultationImpl()
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
		return PlanPackage.Literals.CONSULTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsultationKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConsultationKind newKind)
	{
		ConsultationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CONSULTATION__KIND, oldKind, kind));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.CONSULTATION__TITLE, oldTitle, newTitle);
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
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.CONSULTATION__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.CONSULTATION__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CONSULTATION__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getSummary()
	{
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSummary(LocalizedText newSummary, NotificationChain msgs)
	{
		LocalizedText oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.CONSULTATION__SUMMARY, oldSummary, newSummary);
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
	public void setSummary(LocalizedText newSummary)
	{
		if (newSummary != summary)
		{
			NotificationChain msgs = null;
			if (summary != null)
				msgs = ((InternalEObject)summary).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.CONSULTATION__SUMMARY, null, msgs);
			if (newSummary != null)
				msgs = ((InternalEObject)newSummary).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.CONSULTATION__SUMMARY, null, msgs);
			msgs = basicSetSummary(newSummary, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CONSULTATION__SUMMARY, newSummary, newSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate()
	{
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate)
	{
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CONSULTATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getParticipants()
	{
		if (participants == null)
		{
			participants = new EObjectResolvingEList<Organization>(Organization.class, this, PlanPackage.CONSULTATION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParticipantCount()
	{
		return participantCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipantCount(int newParticipantCount)
	{
		int oldParticipantCount = participantCount;
		participantCount = newParticipantCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CONSULTATION__PARTICIPANT_COUNT, oldParticipantCount, participantCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Comment> getComments()
	{
		if (comments == null)
		{
			comments = new EObjectContainmentEList<Comment>(Comment.class, this, PlanPackage.CONSULTATION__COMMENTS);
		}
		return comments;
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
			case PlanPackage.CONSULTATION__TITLE:
				return basicSetTitle(null, msgs);
			case PlanPackage.CONSULTATION__SUMMARY:
				return basicSetSummary(null, msgs);
			case PlanPackage.CONSULTATION__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.CONSULTATION__KIND:
				return getKind();
			case PlanPackage.CONSULTATION__TITLE:
				return getTitle();
			case PlanPackage.CONSULTATION__SUMMARY:
				return getSummary();
			case PlanPackage.CONSULTATION__DATE:
				return getDate();
			case PlanPackage.CONSULTATION__PARTICIPANTS:
				return getParticipants();
			case PlanPackage.CONSULTATION__PARTICIPANT_COUNT:
				return getParticipantCount();
			case PlanPackage.CONSULTATION__COMMENTS:
				return getComments();
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
			case PlanPackage.CONSULTATION__KIND:
				setKind((ConsultationKind)newValue);
				return;
			case PlanPackage.CONSULTATION__TITLE:
				setTitle((LocalizedText)newValue);
				return;
			case PlanPackage.CONSULTATION__SUMMARY:
				setSummary((LocalizedText)newValue);
				return;
			case PlanPackage.CONSULTATION__DATE:
				setDate((Date)newValue);
				return;
			case PlanPackage.CONSULTATION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Organization>)newValue);
				return;
			case PlanPackage.CONSULTATION__PARTICIPANT_COUNT:
				setParticipantCount((Integer)newValue);
				return;
			case PlanPackage.CONSULTATION__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends Comment>)newValue);
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
			case PlanPackage.CONSULTATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlanPackage.CONSULTATION__TITLE:
				setTitle((LocalizedText)null);
				return;
			case PlanPackage.CONSULTATION__SUMMARY:
				setSummary((LocalizedText)null);
				return;
			case PlanPackage.CONSULTATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PlanPackage.CONSULTATION__PARTICIPANTS:
				getParticipants().clear();
				return;
			case PlanPackage.CONSULTATION__PARTICIPANT_COUNT:
				setParticipantCount(PARTICIPANT_COUNT_EDEFAULT);
				return;
			case PlanPackage.CONSULTATION__COMMENTS:
				getComments().clear();
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
			case PlanPackage.CONSULTATION__KIND:
				return kind != KIND_EDEFAULT;
			case PlanPackage.CONSULTATION__TITLE:
				return title != null;
			case PlanPackage.CONSULTATION__SUMMARY:
				return summary != null;
			case PlanPackage.CONSULTATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PlanPackage.CONSULTATION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case PlanPackage.CONSULTATION__PARTICIPANT_COUNT:
				return participantCount != PARTICIPANT_COUNT_EDEFAULT;
			case PlanPackage.CONSULTATION__COMMENTS:
				return comments != null && !comments.isEmpty();
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
		result.append(", date: ");
		result.append(date);
		result.append(", participantCount: ");
		result.append(participantCount);
		result.append(')');
		return result.toString();
	}

} //ConsultationImpl
