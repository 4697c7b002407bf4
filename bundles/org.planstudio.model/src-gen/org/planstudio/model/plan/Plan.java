/**
 */
package org.planstudio.model.plan;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Plan#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getShortTitle <em>Short Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getDocumentNumber <em>Document Number</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getIssueDate <em>Issue Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getIssuers <em>Issuers</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getDerivedFromPlanId <em>Derived From Plan Id</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getGuidingIdeology <em>Guiding Ideology</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getPolicyReferences <em>Policy References</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getConsiderations <em>Considerations</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getTaskAreas <em>Task Areas</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getSafeguards <em>Safeguards</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getCountries <em>Countries</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getPlatforms <em>Platforms</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getJointProjects <em>Joint Projects</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getInnovationEntities <em>Innovation Entities</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getExperts <em>Experts</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getConsultations <em>Consultations</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getTraceLinks <em>Trace Links</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getReportingKind <em>Reporting Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getReportingPeriods <em>Reporting Periods</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getProgressUpdates <em>Progress Updates</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getSupervisionNotices <em>Supervision Notices</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getExtensionRequests <em>Extension Requests</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Plan#getCloseOutApprovals <em>Close Out Approvals</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends Identified
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Short Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Title</em>' containment reference.
	 * @see #setShortTitle(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_ShortTitle()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getShortTitle();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getShortTitle <em>Short Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Title</em>' containment reference.
	 * @see #getShortTitle()
	 * @generated
	 */
	void setShortTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Status()
	 * @model
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.planstudio.model.plan.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_StartYear()
	 * @model
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Number</em>' attribute.
	 * @see #setDocumentNumber(String)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_DocumentNumber()
	 * @model
	 * @generated
	 */
	String getDocumentNumber();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getDocumentNumber <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Number</em>' attribute.
	 * @see #getDocumentNumber()
	 * @generated
	 */
	void setDocumentNumber(String value);

	/**
	 * Returns the value of the '<em><b>Issue Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The issue date (成文日期) a final plan carries beside its document number; a calendar day in Beijing time (see PlanDates).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issue Date</em>' attribute.
	 * @see #setIssueDate(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_IssueDate()
	 * @model
	 * @generated
	 */
	Date getIssueDate();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getIssueDate <em>Issue Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue Date</em>' attribute.
	 * @see #getIssueDate()
	 * @generated
	 */
	void setIssueDate(Date value);

	/**
	 * Returns the value of the '<em><b>Issuers</b></em>' reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuers</em>' reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Issuers()
	 * @model
	 * @generated
	 */
	EList<Organization> getIssuers();

	/**
	 * Returns the value of the '<em><b>Derived From Plan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the plan this one was copied from (the previous period's plan), empty for a plan started blank.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Derived From Plan Id</em>' attribute.
	 * @see #setDerivedFromPlanId(String)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_DerivedFromPlanId()
	 * @model
	 * @generated
	 */
	String getDerivedFromPlanId();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getDerivedFromPlanId <em>Derived From Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derived From Plan Id</em>' attribute.
	 * @see #getDerivedFromPlanId()
	 * @generated
	 */
	void setDerivedFromPlanId(String value);

	/**
	 * Returns the value of the '<em><b>Guiding Ideology</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guiding Ideology</em>' containment reference.
	 * @see #setGuidingIdeology(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_GuidingIdeology()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getGuidingIdeology();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getGuidingIdeology <em>Guiding Ideology</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guiding Ideology</em>' containment reference.
	 * @see #getGuidingIdeology()
	 * @generated
	 */
	void setGuidingIdeology(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Policy References</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.PolicyReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy References</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_PolicyReferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyReference> getPolicyReferences();

	/**
	 * Returns the value of the '<em><b>Considerations</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Consideration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Considerations</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Considerations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consideration> getConsiderations();

	/**
	 * Returns the value of the '<em><b>Principles</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Principle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Principles</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Principles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Principle> getPrinciples();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Task Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.TaskArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Areas</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_TaskAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskArea> getTaskAreas();

	/**
	 * Returns the value of the '<em><b>Safeguards</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Safeguard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Safeguards</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Safeguards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Safeguard> getSafeguards();

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>Countries</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Country}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Countries</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Countries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Country> getCountries();

	/**
	 * Returns the value of the '<em><b>Platforms</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Platform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Platforms</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Platforms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Platform> getPlatforms();

	/**
	 * Returns the value of the '<em><b>Joint Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.JointProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joint Projects</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_JointProjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<JointProject> getJointProjects();

	/**
	 * Returns the value of the '<em><b>Innovation Entities</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.InnovationEntity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Innovation Entities</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_InnovationEntities()
	 * @model containment="true"
	 * @generated
	 */
	EList<InnovationEntity> getInnovationEntities();

	/**
	 * Returns the value of the '<em><b>Experts</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Expert}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experts</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Experts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Expert> getExperts();

	/**
	 * Returns the value of the '<em><b>Consultations</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Consultation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consultations</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_Consultations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consultation> getConsultations();

	/**
	 * Returns the value of the '<em><b>Trace Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.TraceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trace Links</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_TraceLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<TraceLink> getTraceLinks();

	/**
	 * Returns the value of the '<em><b>Reporting Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.ReportingPeriodKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Kind</em>' attribute.
	 * @see org.planstudio.model.plan.ReportingPeriodKind
	 * @see #setReportingKind(ReportingPeriodKind)
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_ReportingKind()
	 * @model
	 * @generated
	 */
	ReportingPeriodKind getReportingKind();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Plan#getReportingKind <em>Reporting Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reporting Kind</em>' attribute.
	 * @see org.planstudio.model.plan.ReportingPeriodKind
	 * @see #getReportingKind()
	 * @generated
	 */
	void setReportingKind(ReportingPeriodKind value);

	/**
	 * Returns the value of the '<em><b>Reporting Periods</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.ReportingPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Periods</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_ReportingPeriods()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportingPeriod> getReportingPeriods();

	/**
	 * Returns the value of the '<em><b>Progress Updates</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.ProgressUpdate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress Updates</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_ProgressUpdates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgressUpdate> getProgressUpdates();

	/**
	 * Returns the value of the '<em><b>Supervision Notices</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.SupervisionNotice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervision Notices</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_SupervisionNotices()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupervisionNotice> getSupervisionNotices();

	/**
	 * Returns the value of the '<em><b>Extension Requests</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.ExtensionRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extension Requests</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_ExtensionRequests()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExtensionRequest> getExtensionRequests();

	/**
	 * Returns the value of the '<em><b>Close Out Approvals</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.CloseOutApproval}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Close Out Approvals</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getPlan_CloseOutApprovals()
	 * @model containment="true"
	 * @generated
	 */
	EList<CloseOutApproval> getCloseOutApprovals();

} // Plan
