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

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.PlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Comment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getDisposition <em>Disposition</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getConcerns <em>Concerns</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getClause <em>Clause</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getAuthorName <em>Author Name</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.CommentImpl#getRationale <em>Rationale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommentImpl extends IdentifiedImpl implements Comment
{
	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Organization author;

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
	 * The default value of the '{@link #getDisposition() <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisposition()
	 * @generated
	 * @ordered
	 */
	protected static final Disposition DISPOSITION_EDEFAULT = Disposition.PENDING;

	/**
	 * The cached value of the '{@link #getDisposition() <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisposition()
	 * @generated
	 * @ordered
	 */
	protected Disposition disposition = DISPOSITION_EDEFAULT;

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
	 * The cached value of the '{@link #getConcerns() <em>Concerns</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcerns()
	 * @generated
	 * @ordered
	 */
	protected EList<Identified> concerns;

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
	 * The default value of the '{@link #getClause() <em>Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClause()
	 * @generated
	 * @ordered
	 */
	protected static final String CLAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClause() <em>Clause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClause()
	 * @generated
	 * @ordered
	 */
	protected String clause = CLAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorName() <em>Author Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorName()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorName() <em>Author Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorName()
	 * @generated
	 * @ordered
	 */
	protected String authorName = AUTHOR_NAME_EDEFAULT;

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
	 * The default value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date DECIDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected Date decidedOn = DECIDED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText rationale;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommentImpl()
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
		return PlanPackage.Literals.COMMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getAuthor()
	{
		if (author != null && author.eIsProxy())
		{
			InternalEObject oldAuthor = (InternalEObject)author;
			author = (Organization)eResolveProxy(oldAuthor);
			if (author != oldAuthor)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.COMMENT__AUTHOR, oldAuthor, author));
			}
		}
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetAuthor()
	{
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Organization newAuthor)
	{
		Organization oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__AUTHOR, oldAuthor, author));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__TEXT, oldText, newText);
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
				msgs = ((InternalEObject)text).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.COMMENT__TEXT, null, msgs);
			if (newText != null)
				msgs = ((InternalEObject)newText).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.COMMENT__TEXT, null, msgs);
			msgs = basicSetText(newText, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__TEXT, newText, newText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disposition getDisposition()
	{
		return disposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisposition(Disposition newDisposition)
	{
		Disposition oldDisposition = disposition;
		disposition = newDisposition == null ? DISPOSITION_EDEFAULT : newDisposition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__DISPOSITION, oldDisposition, disposition));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__REASON, oldReason, newReason);
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
				msgs = ((InternalEObject)reason).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.COMMENT__REASON, null, msgs);
			if (newReason != null)
				msgs = ((InternalEObject)newReason).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.COMMENT__REASON, null, msgs);
			msgs = basicSetReason(newReason, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__REASON, newReason, newReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Identified> getConcerns()
	{
		if (concerns == null)
		{
			concerns = new EObjectResolvingEList<Identified>(Identified.class, this, PlanPackage.COMMENT__CONCERNS);
		}
		return concerns;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClause()
	{
		return clause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClause(String newClause)
	{
		String oldClause = clause;
		clause = newClause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__CLAUSE, oldClause, clause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthorName()
	{
		return authorName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorName(String newAuthorName)
	{
		String oldAuthorName = authorName;
		authorName = newAuthorName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__AUTHOR_NAME, oldAuthorName, authorName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDecidedOn()
	{
		return decidedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedOn(Date newDecidedOn)
	{
		Date oldDecidedOn = decidedOn;
		decidedOn = newDecidedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getRationale()
	{
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRationale(LocalizedText newRationale, NotificationChain msgs)
	{
		LocalizedText oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__RATIONALE, oldRationale, newRationale);
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
	public void setRationale(LocalizedText newRationale)
	{
		if (newRationale != rationale)
		{
			NotificationChain msgs = null;
			if (rationale != null)
				msgs = ((InternalEObject)rationale).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.COMMENT__RATIONALE, null, msgs);
			if (newRationale != null)
				msgs = ((InternalEObject)newRationale).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.COMMENT__RATIONALE, null, msgs);
			msgs = basicSetRationale(newRationale, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.COMMENT__RATIONALE, newRationale, newRationale));
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
			case PlanPackage.COMMENT__TEXT:
				return basicSetText(null, msgs);
			case PlanPackage.COMMENT__REASON:
				return basicSetReason(null, msgs);
			case PlanPackage.COMMENT__RATIONALE:
				return basicSetRationale(null, msgs);
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
			case PlanPackage.COMMENT__AUTHOR:
				if (resolve) return getAuthor();
				return basicGetAuthor();
			case PlanPackage.COMMENT__TEXT:
				return getText();
			case PlanPackage.COMMENT__DISPOSITION:
				return getDisposition();
			case PlanPackage.COMMENT__REASON:
				return getReason();
			case PlanPackage.COMMENT__CONCERNS:
				return getConcerns();
			case PlanPackage.COMMENT__DATE:
				return getDate();
			case PlanPackage.COMMENT__CLAUSE:
				return getClause();
			case PlanPackage.COMMENT__AUTHOR_NAME:
				return getAuthorName();
			case PlanPackage.COMMENT__DECIDED_BY:
				return getDecidedBy();
			case PlanPackage.COMMENT__DECIDED_ON:
				return getDecidedOn();
			case PlanPackage.COMMENT__RATIONALE:
				return getRationale();
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
			case PlanPackage.COMMENT__AUTHOR:
				setAuthor((Organization)newValue);
				return;
			case PlanPackage.COMMENT__TEXT:
				setText((LocalizedText)newValue);
				return;
			case PlanPackage.COMMENT__DISPOSITION:
				setDisposition((Disposition)newValue);
				return;
			case PlanPackage.COMMENT__REASON:
				setReason((LocalizedText)newValue);
				return;
			case PlanPackage.COMMENT__CONCERNS:
				getConcerns().clear();
				getConcerns().addAll((Collection<? extends Identified>)newValue);
				return;
			case PlanPackage.COMMENT__DATE:
				setDate((Date)newValue);
				return;
			case PlanPackage.COMMENT__CLAUSE:
				setClause((String)newValue);
				return;
			case PlanPackage.COMMENT__AUTHOR_NAME:
				setAuthorName((String)newValue);
				return;
			case PlanPackage.COMMENT__DECIDED_BY:
				setDecidedBy((String)newValue);
				return;
			case PlanPackage.COMMENT__DECIDED_ON:
				setDecidedOn((Date)newValue);
				return;
			case PlanPackage.COMMENT__RATIONALE:
				setRationale((LocalizedText)newValue);
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
			case PlanPackage.COMMENT__AUTHOR:
				setAuthor((Organization)null);
				return;
			case PlanPackage.COMMENT__TEXT:
				setText((LocalizedText)null);
				return;
			case PlanPackage.COMMENT__DISPOSITION:
				setDisposition(DISPOSITION_EDEFAULT);
				return;
			case PlanPackage.COMMENT__REASON:
				setReason((LocalizedText)null);
				return;
			case PlanPackage.COMMENT__CONCERNS:
				getConcerns().clear();
				return;
			case PlanPackage.COMMENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PlanPackage.COMMENT__CLAUSE:
				setClause(CLAUSE_EDEFAULT);
				return;
			case PlanPackage.COMMENT__AUTHOR_NAME:
				setAuthorName(AUTHOR_NAME_EDEFAULT);
				return;
			case PlanPackage.COMMENT__DECIDED_BY:
				setDecidedBy(DECIDED_BY_EDEFAULT);
				return;
			case PlanPackage.COMMENT__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
				return;
			case PlanPackage.COMMENT__RATIONALE:
				setRationale((LocalizedText)null);
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
			case PlanPackage.COMMENT__AUTHOR:
				return author != null;
			case PlanPackage.COMMENT__TEXT:
				return text != null;
			case PlanPackage.COMMENT__DISPOSITION:
				return disposition != DISPOSITION_EDEFAULT;
			case PlanPackage.COMMENT__REASON:
				return reason != null;
			case PlanPackage.COMMENT__CONCERNS:
				return concerns != null && !concerns.isEmpty();
			case PlanPackage.COMMENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PlanPackage.COMMENT__CLAUSE:
				return CLAUSE_EDEFAULT == null ? clause != null : !CLAUSE_EDEFAULT.equals(clause);
			case PlanPackage.COMMENT__AUTHOR_NAME:
				return AUTHOR_NAME_EDEFAULT == null ? authorName != null : !AUTHOR_NAME_EDEFAULT.equals(authorName);
			case PlanPackage.COMMENT__DECIDED_BY:
				return DECIDED_BY_EDEFAULT == null ? decidedBy != null : !DECIDED_BY_EDEFAULT.equals(decidedBy);
			case PlanPackage.COMMENT__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
			case PlanPackage.COMMENT__RATIONALE:
				return rationale != null;
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
		result.append(" (disposition: ");
		result.append(disposition);
		result.append(", date: ");
		result.append(date);
		result.append(", clause: ");
		result.append(clause);
		result.append(", authorName: ");
		result.append(authorName);
		result.append(", decidedBy: ");
		result.append(decidedBy);
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(')');
		return result.toString();
	}

} //CommentImpl
