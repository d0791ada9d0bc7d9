/**
 * The layout shared by every email: large readable type, one column, high-contrast buttons,
 * so that it reads well on a cheap phone. `{{> body}}` is where a template's sections go.
 */
export const MAIL_LAYOUT = `
<mjml lang="fr">
  <mj-head>
    <mj-title>{{subject}}</mj-title>
    <mj-preview>{{subject}}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="17px" line-height="1.5" color="#1e1e1e" />
      <mj-button font-size="18px" font-weight="bold" inner-padding="14px 24px" border-radius="6px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f4f4" width="600px">
    <mj-section background-color="#00366d" padding="16px">
      <mj-column>
        <mj-text color="#ffffff" font-size="22px" font-weight="bold">Tremplin</mj-text>
        <mj-text color="#ffffff" font-size="14px" padding-top="0">Département de l'Ain — Plan insertion 01</mj-text>
      </mj-column>
    </mj-section>
    <mj-wrapper background-color="#ffffff" padding="8px 0">
      {{BODY}}
    </mj-wrapper>
    <mj-section padding="16px">
      <mj-column>
        <mj-text font-size="13px" color="#555555">
          Ce message vous est envoyé par Tremplin, la plateforme du Département de l'Ain pour le bénévolat et le retour à l'emploi.
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
