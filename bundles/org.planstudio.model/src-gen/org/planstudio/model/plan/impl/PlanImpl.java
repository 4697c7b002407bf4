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

import org.planstudio.model.plan.CloseOutApproval;
import org.planstudio.model.plan.Consideration;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.ExtensionRequest;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.PolicyReference;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.SupervisionNotice;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceLink;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getShortTitle <em>Short Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getDocumentNumber <em>Document Number</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getIssueDate <em>Issue Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getIssuers <em>Issuers</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getDerivedFromPlanId <em>Derived From Plan Id</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getGuidingIdeology <em>Guiding Ideology</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getPolicyReferences <em>Policy References</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getConsiderations <em>Considerations</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getTaskAreas <em>Task Areas</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getSafeguards <em>Safeguards</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getCountries <em>Countries</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getPlatforms <em>Platforms</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getJointProjects <em>Joint Projects</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getInnovationEntities <em>Innovation Entities</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getExperts <em>Experts</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getConsultations <em>Consultations</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getTraceLinks <em>Trace Links</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getReportingKind <em>Reporting Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getReportingPeriods <em>Reporting Periods</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getProgressUpdates <em>Progress Updates</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getSupervisionNotices <em>Supervision Notices</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getExtensionRequests <em>Extension Requests</em>}</li>
 *   <li>{@link org.planstudio.model.plan.impl.PlanImpl#getCloseOutApprovals <em>Close Out Approvals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends IdentifiedImpl implements Plan
{
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
	 * The cached value of the '{@link #getShortTitle() <em>Short Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortTitle()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText shortTitle;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PlanStatus STATUS_EDEFAULT = PlanStatus.DRAFT_FOR_COMMENT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final int START_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected int startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final int END_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected int endYear = END_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentNumber() <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentNumber() <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentNumber()
	 * @generated
	 * @ordered
	 */
	protected String documentNumber = DOCUMENT_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssueDate() <em>Issue Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssueDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date ISSUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssueDate() <em>Issue Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssueDate()
	 * @generated
	 * @ordered
	 */
	protected Date issueDate = ISSUE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIssuers() <em>Issuers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuers()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> issuers;

	/**
	 * The default value of the '{@link #getDerivedFromPlanId() <em>Derived From Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedFromPlanId()
	 * @generated
	 * @ordered
	 */
	protected static final String DERIVED_FROM_PLAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDerivedFromPlanId() <em>Derived From Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedFromPlanId()
	 * @generated
	 * @ordered
	 */
	protected String derivedFromPlanId = DERIVED_FROM_PLAN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGuidingIdeology() <em>Guiding Ideology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidingIdeology()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText guidingIdeology;

	/**
	 * The cached value of the '{@link #getPolicyReferences() <em>Policy References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyReference> policyReferences;

	/**
	 * The cached value of the '{@link #getConsiderations() <em>Considerations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsiderations()
	 * @generated
	 * @ordered
	 */
	protected EList<Consideration> considerations;

	/**
	 * The cached value of the '{@link #getPrinciples() <em>Principles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrinciples()
	 * @generated
	 * @ordered
	 */
	protected EList<Principle> principles;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getTaskAreas() <em>Task Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskArea> taskAreas;

	/**
	 * The cached value of the '{@link #getSafeguards() <em>Safeguards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafeguards()
	 * @generated
	 * @ordered
	 */
	protected EList<Safeguard> safeguards;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getCountries() <em>Countries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountries()
	 * @generated
	 * @ordered
	 */
	protected EList<Country> countries;

	/**
	 * The cached value of the '{@link #getPlatforms() <em>Platforms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlatforms()
	 * @generated
	 * @ordered
	 */
	protected EList<Platform> platforms;

	/**
	 * The cached value of the '{@link #getJointProjects() <em>Joint Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJointProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<JointProject> jointProjects;

	/**
	 * The cached value of the '{@link #getInnovationEntities() <em>Innovation Entities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInnovationEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<InnovationEntity> innovationEntities;

	/**
	 * The cached value of the '{@link #getExperts() <em>Experts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperts()
	 * @generated
	 * @ordered
	 */
	protected EList<Expert> experts;

	/**
	 * The cached value of the '{@link #getConsultations() <em>Consultations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultations()
	 * @generated
	 * @ordered
	 */
	protected EList<Consultation> consultations;

	/**
	 * The cached value of the '{@link #getTraceLinks() <em>Trace Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraceLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<TraceLink> traceLinks;

	/**
	 * The default value of the '{@link #getReportingKind() <em>Reporting Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReportingPeriodKind REPORTING_KIND_EDEFAULT = ReportingPeriodKind.QUARTERLY;

	/**
	 * The cached value of the '{@link #getReportingKind() <em>Reporting Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingKind()
	 * @generated
	 * @ordered
	 */
	protected ReportingPeriodKind reportingKind = REPORTING_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReportingPeriods() <em>Reporting Periods</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingPeriods()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportingPeriod> reportingPeriods;

	/**
	 * The cached value of the '{@link #getProgressUpdates() <em>Progress Updates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressUpdates()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgressUpdate> progressUpdates;

	/**
	 * The cached value of the '{@link #getSupervisionNotices() <em>Supervision Notices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionNotices()
	 * @generated
	 * @ordered
	 */
	protected EList<SupervisionNotice> supervisionNotices;

	/**
	 * The cached value of the '{@link #getExtensionRequests() <em>Extension Requests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensionRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<ExtensionRequest> extensionRequests;

	/**
	 * The cached value of the '{@link #getCloseOutApprovals() <em>Close Out Approvals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseOutApprovals()
	 * @generated
	 * @ordered
	 */
	protected EList<CloseOutApproval> closeOutApprovals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl()
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
		return PlanPackage.Literals.PLAN;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__TITLE, oldTitle, newTitle);
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
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getShortTitle()
	{
		return shortTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetShortTitle(LocalizedText newShortTitle, NotificationChain msgs)
	{
		LocalizedText oldShortTitle = shortTitle;
		shortTitle = newShortTitle;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__SHORT_TITLE, oldShortTitle, newShortTitle);
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
	public void setShortTitle(LocalizedText newShortTitle)
	{
		if (newShortTitle != shortTitle)
		{
			NotificationChain msgs = null;
			if (shortTitle != null)
				msgs = ((InternalEObject)shortTitle).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__SHORT_TITLE, null, msgs);
			if (newShortTitle != null)
				msgs = ((InternalEObject)newShortTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__SHORT_TITLE, null, msgs);
			msgs = basicSetShortTitle(newShortTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__SHORT_TITLE, newShortTitle, newShortTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PlanStatus newStatus)
	{
		PlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartYear()
	{
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(int newStartYear)
	{
		int oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndYear()
	{
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(int newEndYear)
	{
		int oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentNumber()
	{
		return documentNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentNumber(String newDocumentNumber)
	{
		String oldDocumentNumber = documentNumber;
		documentNumber = newDocumentNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__DOCUMENT_NUMBER, oldDocumentNumber, documentNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getIssueDate()
	{
		return issueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssueDate(Date newIssueDate)
	{
		Date oldIssueDate = issueDate;
		issueDate = newIssueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__ISSUE_DATE, oldIssueDate, issueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getIssuers()
	{
		if (issuers == null)
		{
			issuers = new EObjectResolvingEList<Organization>(Organization.class, this, PlanPackage.PLAN__ISSUERS);
		}
		return issuers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDerivedFromPlanId()
	{
		return derivedFromPlanId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerivedFromPlanId(String newDerivedFromPlanId)
	{
		String oldDerivedFromPlanId = derivedFromPlanId;
		derivedFromPlanId = newDerivedFromPlanId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__DERIVED_FROM_PLAN_ID, oldDerivedFromPlanId, derivedFromPlanId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getGuidingIdeology()
	{
		return guidingIdeology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGuidingIdeology(LocalizedText newGuidingIdeology, NotificationChain msgs)
	{
		LocalizedText oldGuidingIdeology = guidingIdeology;
		guidingIdeology = newGuidingIdeology;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__GUIDING_IDEOLOGY, oldGuidingIdeology, newGuidingIdeology);
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
	public void setGuidingIdeology(LocalizedText newGuidingIdeology)
	{
		if (newGuidingIdeology != guidingIdeology)
		{
			NotificationChain msgs = null;
			if (guidingIdeology != null)
				msgs = ((InternalEObject)guidingIdeology).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__GUIDING_IDEOLOGY, null, msgs);
			if (newGuidingIdeology != null)
				msgs = ((InternalEObject)newGuidingIdeology).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__GUIDING_IDEOLOGY, null, msgs);
			msgs = basicSetGuidingIdeology(newGuidingIdeology, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__GUIDING_IDEOLOGY, newGuidingIdeology, newGuidingIdeology));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyReference> getPolicyReferences()
	{
		if (policyReferences == null)
		{
			policyReferences = new EObjectContainmentEList<PolicyReference>(PolicyReference.class, this, PlanPackage.PLAN__POLICY_REFERENCES);
		}
		return policyReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consideration> getConsiderations()
	{
		if (considerations == null)
		{
			considerations = new EObjectContainmentEList<Consideration>(Consideration.class, this, PlanPackage.PLAN__CONSIDERATIONS);
		}
		return considerations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Principle> getPrinciples()
	{
		if (principles == null)
		{
			principles = new EObjectContainmentEList<Principle>(Principle.class, this, PlanPackage.PLAN__PRINCIPLES);
		}
		return principles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals()
	{
		if (goals == null)
		{
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, PlanPackage.PLAN__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskArea> getTaskAreas()
	{
		if (taskAreas == null)
		{
			taskAreas = new EObjectContainmentEList<TaskArea>(TaskArea.class, this, PlanPackage.PLAN__TASK_AREAS);
		}
		return taskAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Safeguard> getSafeguards()
	{
		if (safeguards == null)
		{
			safeguards = new EObjectContainmentEList<Safeguard>(Safeguard.class, this, PlanPackage.PLAN__SAFEGUARDS);
		}
		return safeguards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations()
	{
		if (organizations == null)
		{
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, PlanPackage.PLAN__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Country> getCountries()
	{
		if (countries == null)
		{
			countries = new EObjectContainmentEList<Country>(Country.class, this, PlanPackage.PLAN__COUNTRIES);
		}
		return countries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Platform> getPlatforms()
	{
		if (platforms == null)
		{
			platforms = new EObjectContainmentEList<Platform>(Platform.class, this, PlanPackage.PLAN__PLATFORMS);
		}
		return platforms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JointProject> getJointProjects()
	{
		if (jointProjects == null)
		{
			jointProjects = new EObjectContainmentEList<JointProject>(JointProject.class, this, PlanPackage.PLAN__JOINT_PROJECTS);
		}
		return jointProjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InnovationEntity> getInnovationEntities()
	{
		if (innovationEntities == null)
		{
			innovationEntities = new EObjectContainmentEList<InnovationEntity>(InnovationEntity.class, this, PlanPackage.PLAN__INNOVATION_ENTITIES);
		}
		return innovationEntities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Expert> getExperts()
	{
		if (experts == null)
		{
			experts = new EObjectContainmentEList<Expert>(Expert.class, this, PlanPackage.PLAN__EXPERTS);
		}
		return experts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consultation> getConsultations()
	{
		if (consultations == null)
		{
			consultations = new EObjectContainmentEList<Consultation>(Consultation.class, this, PlanPackage.PLAN__CONSULTATIONS);
		}
		return consultations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TraceLink> getTraceLinks()
	{
		if (traceLinks == null)
		{
			traceLinks = new EObjectContainmentEList<TraceLink>(TraceLink.class, this, PlanPackage.PLAN__TRACE_LINKS);
		}
		return traceLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingPeriodKind getReportingKind()
	{
		return reportingKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportingKind(ReportingPeriodKind newReportingKind)
	{
		ReportingPeriodKind oldReportingKind = reportingKind;
		reportingKind = newReportingKind == null ? REPORTING_KIND_EDEFAULT : newReportingKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__REPORTING_KIND, oldReportingKind, reportingKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportingPeriod> getReportingPeriods()
	{
		if (reportingPeriods == null)
		{
			reportingPeriods = new EObjectContainmentEList<ReportingPeriod>(ReportingPeriod.class, this, PlanPackage.PLAN__REPORTING_PERIODS);
		}
		return reportingPeriods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgressUpdate> getProgressUpdates()
	{
		if (progressUpdates == null)
		{
			progressUpdates = new EObjectContainmentEList<ProgressUpdate>(ProgressUpdate.class, this, PlanPackage.PLAN__PROGRESS_UPDATES);
		}
		return progressUpdates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupervisionNotice> getSupervisionNotices()
	{
		if (supervisionNotices == null)
		{
			supervisionNotices = new EObjectContainmentEList<SupervisionNotice>(SupervisionNotice.class, this, PlanPackage.PLAN__SUPERVISION_NOTICES);
		}
		return supervisionNotices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExtensionRequest> getExtensionRequests()
	{
		if (extensionRequests == null)
		{
			extensionRequests = new EObjectContainmentEList<ExtensionRequest>(ExtensionRequest.class, this, PlanPackage.PLAN__EXTENSION_REQUESTS);
		}
		return extensionRequests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CloseOutApproval> getCloseOutApprovals()
	{
		if (closeOutApprovals == null)
		{
			closeOutApprovals = new EObjectContainmentEList<CloseOutApproval>(CloseOutApproval.class, this, PlanPackage.PLAN__CLOSE_OUT_APPROVALS);
		}
		return closeOutApprovals;
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
			case PlanPackage.PLAN__TITLE:
				return basicSetTitle(null, msgs);
			case PlanPackage.PLAN__SHORT_TITLE:
				return basicSetShortTitle(null, msgs);
			case PlanPackage.PLAN__GUIDING_IDEOLOGY:
				return basicSetGuidingIdeology(null, msgs);
			case PlanPackage.PLAN__POLICY_REFERENCES:
				return ((InternalEList<?>)getPolicyReferences()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__CONSIDERATIONS:
				return ((InternalEList<?>)getConsiderations()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__PRINCIPLES:
				return ((InternalEList<?>)getPrinciples()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__TASK_AREAS:
				return ((InternalEList<?>)getTaskAreas()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__SAFEGUARDS:
				return ((InternalEList<?>)getSafeguards()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__COUNTRIES:
				return ((InternalEList<?>)getCountries()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__PLATFORMS:
				return ((InternalEList<?>)getPlatforms()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__JOINT_PROJECTS:
				return ((InternalEList<?>)getJointProjects()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__INNOVATION_ENTITIES:
				return ((InternalEList<?>)getInnovationEntities()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__EXPERTS:
				return ((InternalEList<?>)getExperts()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__CONSULTATIONS:
				return ((InternalEList<?>)getConsultations()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__TRACE_LINKS:
				return ((InternalEList<?>)getTraceLinks()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__REPORTING_PERIODS:
				return ((InternalEList<?>)getReportingPeriods()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__PROGRESS_UPDATES:
				return ((InternalEList<?>)getProgressUpdates()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__SUPERVISION_NOTICES:
				return ((InternalEList<?>)getSupervisionNotices()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__EXTENSION_REQUESTS:
				return ((InternalEList<?>)getExtensionRequests()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__CLOSE_OUT_APPROVALS:
				return ((InternalEList<?>)getCloseOutApprovals()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.PLAN__TITLE:
				return getTitle();
			case PlanPackage.PLAN__SHORT_TITLE:
				return getShortTitle();
			case PlanPackage.PLAN__STATUS:
				return getStatus();
			case PlanPackage.PLAN__START_YEAR:
				return getStartYear();
			case PlanPackage.PLAN__END_YEAR:
				return getEndYear();
			case PlanPackage.PLAN__DOCUMENT_NUMBER:
				return getDocumentNumber();
			case PlanPackage.PLAN__ISSUE_DATE:
				return getIssueDate();
			case PlanPackage.PLAN__ISSUERS:
				return getIssuers();
			case PlanPackage.PLAN__DERIVED_FROM_PLAN_ID:
				return getDerivedFromPlanId();
			case PlanPackage.PLAN__GUIDING_IDEOLOGY:
				return getGuidingIdeology();
			case PlanPackage.PLAN__POLICY_REFERENCES:
				return getPolicyReferences();
			case PlanPackage.PLAN__CONSIDERATIONS:
				return getConsiderations();
			case PlanPackage.PLAN__PRINCIPLES:
				return getPrinciples();
			case PlanPackage.PLAN__GOALS:
				return getGoals();
			case PlanPackage.PLAN__TASK_AREAS:
				return getTaskAreas();
			case PlanPackage.PLAN__SAFEGUARDS:
				return getSafeguards();
			case PlanPackage.PLAN__ORGANIZATIONS:
				return getOrganizations();
			case PlanPackage.PLAN__COUNTRIES:
				return getCountries();
			case PlanPackage.PLAN__PLATFORMS:
				return getPlatforms();
			case PlanPackage.PLAN__JOINT_PROJECTS:
				return getJointProjects();
			case PlanPackage.PLAN__INNOVATION_ENTITIES:
				return getInnovationEntities();
			case PlanPackage.PLAN__EXPERTS:
				return getExperts();
			case PlanPackage.PLAN__CONSULTATIONS:
				return getConsultations();
			case PlanPackage.PLAN__TRACE_LINKS:
				return getTraceLinks();
			case PlanPackage.PLAN__REPORTING_KIND:
				return getReportingKind();
			case PlanPackage.PLAN__REPORTING_PERIODS:
				return getReportingPeriods();
			case PlanPackage.PLAN__PROGRESS_UPDATES:
				return getProgressUpdates();
			case PlanPackage.PLAN__SUPERVISION_NOTICES:
				return getSupervisionNotices();
			case PlanPackage.PLAN__EXTENSION_REQUESTS:
				return getExtensionRequests();
			case PlanPackage.PLAN__CLOSE_OUT_APPROVALS:
				return getCloseOutApprovals();
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
			case PlanPackage.PLAN__TITLE:
				setTitle((LocalizedText)newValue);
				return;
			case PlanPackage.PLAN__SHORT_TITLE:
				setShortTitle((LocalizedText)newValue);
				return;
			case PlanPackage.PLAN__STATUS:
				setStatus((PlanStatus)newValue);
				return;
			case PlanPackage.PLAN__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case PlanPackage.PLAN__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case PlanPackage.PLAN__DOCUMENT_NUMBER:
				setDocumentNumber((String)newValue);
				return;
			case PlanPackage.PLAN__ISSUE_DATE:
				setIssueDate((Date)newValue);
				return;
			case PlanPackage.PLAN__ISSUERS:
				getIssuers().clear();
				getIssuers().addAll((Collection<? extends Organization>)newValue);
				return;
			case PlanPackage.PLAN__DERIVED_FROM_PLAN_ID:
				setDerivedFromPlanId((String)newValue);
				return;
			case PlanPackage.PLAN__GUIDING_IDEOLOGY:
				setGuidingIdeology((LocalizedText)newValue);
				return;
			case PlanPackage.PLAN__POLICY_REFERENCES:
				getPolicyReferences().clear();
				getPolicyReferences().addAll((Collection<? extends PolicyReference>)newValue);
				return;
			case PlanPackage.PLAN__CONSIDERATIONS:
				getConsiderations().clear();
				getConsiderations().addAll((Collection<? extends Consideration>)newValue);
				return;
			case PlanPackage.PLAN__PRINCIPLES:
				getPrinciples().clear();
				getPrinciples().addAll((Collection<? extends Principle>)newValue);
				return;
			case PlanPackage.PLAN__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case PlanPackage.PLAN__TASK_AREAS:
				getTaskAreas().clear();
				getTaskAreas().addAll((Collection<? extends TaskArea>)newValue);
				return;
			case PlanPackage.PLAN__SAFEGUARDS:
				getSafeguards().clear();
				getSafeguards().addAll((Collection<? extends Safeguard>)newValue);
				return;
			case PlanPackage.PLAN__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case PlanPackage.PLAN__COUNTRIES:
				getCountries().clear();
				getCountries().addAll((Collection<? extends Country>)newValue);
				return;
			case PlanPackage.PLAN__PLATFORMS:
				getPlatforms().clear();
				getPlatforms().addAll((Collection<? extends Platform>)newValue);
				return;
			case PlanPackage.PLAN__JOINT_PROJECTS:
				getJointProjects().clear();
				getJointProjects().addAll((Collection<? extends JointProject>)newValue);
				return;
			case PlanPackage.PLAN__INNOVATION_ENTITIES:
				getInnovationEntities().clear();
				getInnovationEntities().addAll((Collection<? extends InnovationEntity>)newValue);
				return;
			case PlanPackage.PLAN__EXPERTS:
				getExperts().clear();
				getExperts().addAll((Collection<? extends Expert>)newValue);
				return;
			case PlanPackage.PLAN__CONSULTATIONS:
				getConsultations().clear();
				getConsultations().addAll((Collection<? extends Consultation>)newValue);
				return;
			case PlanPackage.PLAN__TRACE_LINKS:
				getTraceLinks().clear();
				getTraceLinks().addAll((Collection<? extends TraceLink>)newValue);
				return;
			case PlanPackage.PLAN__REPORTING_KIND:
				setReportingKind((ReportingPeriodKind)newValue);
				return;
			case PlanPackage.PLAN__REPORTING_PERIODS:
				getReportingPeriods().clear();
				getReportingPeriods().addAll((Collection<? extends ReportingPeriod>)newValue);
				return;
			case PlanPackage.PLAN__PROGRESS_UPDATES:
				getProgressUpdates().clear();
				getProgressUpdates().addAll((Collection<? extends ProgressUpdate>)newValue);
				return;
			case PlanPackage.PLAN__SUPERVISION_NOTICES:
				getSupervisionNotices().clear();
				getSupervisionNotices().addAll((Collection<? extends SupervisionNotice>)newValue);
				return;
			case PlanPackage.PLAN__EXTENSION_REQUESTS:
				getExtensionRequests().clear();
				getExtensionRequests().addAll((Collection<? extends ExtensionRequest>)newValue);
				return;
			case PlanPackage.PLAN__CLOSE_OUT_APPROVALS:
				getCloseOutApprovals().clear();
				getCloseOutApprovals().addAll((Collection<? extends CloseOutApproval>)newValue);
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
			case PlanPackage.PLAN__TITLE:
				setTitle((LocalizedText)null);
				return;
			case PlanPackage.PLAN__SHORT_TITLE:
				setShortTitle((LocalizedText)null);
				return;
			case PlanPackage.PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.PLAN__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case PlanPackage.PLAN__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case PlanPackage.PLAN__DOCUMENT_NUMBER:
				setDocumentNumber(DOCUMENT_NUMBER_EDEFAULT);
				return;
			case PlanPackage.PLAN__ISSUE_DATE:
				setIssueDate(ISSUE_DATE_EDEFAULT);
				return;
			case PlanPackage.PLAN__ISSUERS:
				getIssuers().clear();
				return;
			case PlanPackage.PLAN__DERIVED_FROM_PLAN_ID:
				setDerivedFromPlanId(DERIVED_FROM_PLAN_ID_EDEFAULT);
				return;
			case PlanPackage.PLAN__GUIDING_IDEOLOGY:
				setGuidingIdeology((LocalizedText)null);
				return;
			case PlanPackage.PLAN__POLICY_REFERENCES:
				getPolicyReferences().clear();
				return;
			case PlanPackage.PLAN__CONSIDERATIONS:
				getConsiderations().clear();
				return;
			case PlanPackage.PLAN__PRINCIPLES:
				getPrinciples().clear();
				return;
			case PlanPackage.PLAN__GOALS:
				getGoals().clear();
				return;
			case PlanPackage.PLAN__TASK_AREAS:
				getTaskAreas().clear();
				return;
			case PlanPackage.PLAN__SAFEGUARDS:
				getSafeguards().clear();
				return;
			case PlanPackage.PLAN__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case PlanPackage.PLAN__COUNTRIES:
				getCountries().clear();
				return;
			case PlanPackage.PLAN__PLATFORMS:
				getPlatforms().clear();
				return;
			case PlanPackage.PLAN__JOINT_PROJECTS:
				getJointProjects().clear();
				return;
			case PlanPackage.PLAN__INNOVATION_ENTITIES:
				getInnovationEntities().clear();
				return;
			case PlanPackage.PLAN__EXPERTS:
				getExperts().clear();
				return;
			case PlanPackage.PLAN__CONSULTATIONS:
				getConsultations().clear();
				return;
			case PlanPackage.PLAN__TRACE_LINKS:
				getTraceLinks().clear();
				return;
			case PlanPackage.PLAN__REPORTING_KIND:
				setReportingKind(REPORTING_KIND_EDEFAULT);
				return;
			case PlanPackage.PLAN__REPORTING_PERIODS:
				getReportingPeriods().clear();
				return;
			case PlanPackage.PLAN__PROGRESS_UPDATES:
				getProgressUpdates().clear();
				return;
			case PlanPackage.PLAN__SUPERVISION_NOTICES:
				getSupervisionNotices().clear();
				return;
			case PlanPackage.PLAN__EXTENSION_REQUESTS:
				getExtensionRequests().clear();
				return;
			case PlanPackage.PLAN__CLOSE_OUT_APPROVALS:
				getCloseOutApprovals().clear();
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
			case PlanPackage.PLAN__TITLE:
				return title != null;
			case PlanPackage.PLAN__SHORT_TITLE:
				return shortTitle != null;
			case PlanPackage.PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.PLAN__START_YEAR:
				return startYear != START_YEAR_EDEFAULT;
			case PlanPackage.PLAN__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
			case PlanPackage.PLAN__DOCUMENT_NUMBER:
				return DOCUMENT_NUMBER_EDEFAULT == null ? documentNumber != null : !DOCUMENT_NUMBER_EDEFAULT.equals(documentNumber);
			case PlanPackage.PLAN__ISSUE_DATE:
				return ISSUE_DATE_EDEFAULT == null ? issueDate != null : !ISSUE_DATE_EDEFAULT.equals(issueDate);
			case PlanPackage.PLAN__ISSUERS:
				return issuers != null && !issuers.isEmpty();
			case PlanPackage.PLAN__DERIVED_FROM_PLAN_ID:
				return DERIVED_FROM_PLAN_ID_EDEFAULT == null ? derivedFromPlanId != null : !DERIVED_FROM_PLAN_ID_EDEFAULT.equals(derivedFromPlanId);
			case PlanPackage.PLAN__GUIDING_IDEOLOGY:
				return guidingIdeology != null;
			case PlanPackage.PLAN__POLICY_REFERENCES:
				return policyReferences != null && !policyReferences.isEmpty();
			case PlanPackage.PLAN__CONSIDERATIONS:
				return considerations != null && !considerations.isEmpty();
			case PlanPackage.PLAN__PRINCIPLES:
				return principles != null && !principles.isEmpty();
			case PlanPackage.PLAN__GOALS:
				return goals != null && !goals.isEmpty();
			case PlanPackage.PLAN__TASK_AREAS:
				return taskAreas != null && !taskAreas.isEmpty();
			case PlanPackage.PLAN__SAFEGUARDS:
				return safeguards != null && !safeguards.isEmpty();
			case PlanPackage.PLAN__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case PlanPackage.PLAN__COUNTRIES:
				return countries != null && !countries.isEmpty();
			case PlanPackage.PLAN__PLATFORMS:
				return platforms != null && !platforms.isEmpty();
			case PlanPackage.PLAN__JOINT_PROJECTS:
				return jointProjects != null && !jointProjects.isEmpty();
			case PlanPackage.PLAN__INNOVATION_ENTITIES:
				return innovationEntities != null && !innovationEntities.isEmpty();
			case PlanPackage.PLAN__EXPERTS:
				return experts != null && !experts.isEmpty();
			case PlanPackage.PLAN__CONSULTATIONS:
				return consultations != null && !consultations.isEmpty();
			case PlanPackage.PLAN__TRACE_LINKS:
				return traceLinks != null && !traceLinks.isEmpty();
			case PlanPackage.PLAN__REPORTING_KIND:
				return reportingKind != REPORTING_KIND_EDEFAULT;
			case PlanPackage.PLAN__REPORTING_PERIODS:
				return reportingPeriods != null && !reportingPeriods.isEmpty();
			case PlanPackage.PLAN__PROGRESS_UPDATES:
				return progressUpdates != null && !progressUpdates.isEmpty();
			case PlanPackage.PLAN__SUPERVISION_NOTICES:
				return supervisionNotices != null && !supervisionNotices.isEmpty();
			case PlanPackage.PLAN__EXTENSION_REQUESTS:
				return extensionRequests != null && !extensionRequests.isEmpty();
			case PlanPackage.PLAN__CLOSE_OUT_APPROVALS:
				return closeOutApprovals != null && !closeOutApprovals.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(", startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(", documentNumber: ");
		result.append(documentNumber);
		result.append(", issueDate: ");
		result.append(issueDate);
		result.append(", derivedFromPlanId: ");
		result.append(derivedFromPlanId);
		result.append(", reportingKind: ");
		result.append(reportingKind);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
