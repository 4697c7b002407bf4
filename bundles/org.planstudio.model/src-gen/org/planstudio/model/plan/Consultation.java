/**
 */
package org.planstudio.model.plan;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consultation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.planstudio.model.plan.Consultation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Consultation#getTitle <em>Title</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Consultation#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Consultation#getDate <em>Date</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Consultation#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Consultation#getParticipantCount <em>Participant Count</em>}</li>
 *   <li>{@link org.planstudio.model.plan.Consultation#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @see org.planstudio.model.plan.PlanPackage#getConsultation()
 * @model
 * @generated
 */
public interface Consultation extends Identified
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.planstudio.model.plan.ConsultationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.planstudio.model.plan.ConsultationKind
	 * @see #setKind(ConsultationKind)
	 * @see org.planstudio.model.plan.PlanPackage#getConsultation_Kind()
	 * @model
	 * @generated
	 */
	ConsultationKind getKind();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Consultation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.planstudio.model.plan.ConsultationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConsultationKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getConsultation_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Consultation#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' containment reference.
	 * @see #setSummary(LocalizedText)
	 * @see org.planstudio.model.plan.PlanPackage#getConsultation_Summary()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getSummary();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Consultation#getSummary <em>Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' containment reference.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.planstudio.model.plan.PlanPackage#getConsultation_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Consultation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getConsultation_Participants()
	 * @model
	 * @generated
	 */
	EList<Organization> getParticipants();

	/**
	 * Returns the value of the '<em><b>Participant Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant Count</em>' attribute.
	 * @see #setParticipantCount(int)
	 * @see org.planstudio.model.plan.PlanPackage#getConsultation_ParticipantCount()
	 * @model
	 * @generated
	 */
	int getParticipantCount();

	/**
	 * Sets the value of the '{@link org.planstudio.model.plan.Consultation#getParticipantCount <em>Participant Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant Count</em>' attribute.
	 * @see #getParticipantCount()
	 * @generated
	 */
	void setParticipantCount(int value);

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.planstudio.model.plan.Comment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.planstudio.model.plan.PlanPackage#getConsultation_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Comment> getComments();

} // Consultation
