/**
 * Options for the app's confirmation and message dialogs (modal.confirm / info / warning):
 * no zoom or fade. With the animation, a click on 放弃修改 / OK that lands while the
 * dialog is still zooming in was lost on a loaded machine: the dialog stayed open and its
 * button, already marked clicked, answered no more (seen twice in CI, in the discard
 * question and in About). Without it the dialog is there, and answers, at once.
 */
export const INSTANT_DIALOG = { transitionName: '', maskTransitionName: '' } as const;
