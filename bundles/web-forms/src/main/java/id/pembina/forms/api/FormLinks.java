package id.pembina.forms.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Makes the links of the forms on phones. Links are signed, so that a link cannot be guessed from a session
 * number or a NIP; paths are relative to the server root (e.g. {@code /pembina/forms/...}).
 */
@ProviderType
public interface FormLinks {

    /**
     * @return the path of the session's form page, where an enrolled participant answers the reaction
     *     questionnaire and the pre- and post-test of the session's programme
     * @throws id.pembina.platform.api.NotFoundException no such session
     */
    String sessionForms(long sessionId);

    /**
     * @return the path of the staff's printable sheet of the session: its QR code, its link and its room code
     * @throws id.pembina.platform.api.NotFoundException no such session
     */
    String printSheet(long sessionId);

    /**
     * @return the session's six-digit room code, which participants type with their NIP on the form page; staff
     *     say it or show it in the room (it is on the printable sheet, never in the link)
     * @throws id.pembina.platform.api.NotFoundException no such session
     */
    String roomCode(long sessionId);

    /**
     * @return the path of the follow-up form of a supervisor, listing the staff whose supervisor they are
     * @throws id.pembina.platform.api.NotFoundException no ASN with that NIP
     */
    String followUp(String supervisorNip);

    /** @return an SVG image of a QR code holding the text (e.g. the absolute URL of a link) */
    String qrCodeSvg(String text);
}
