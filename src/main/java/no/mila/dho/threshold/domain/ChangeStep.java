package no.mila.dho.threshold.domain;

/** The steps of a threshold change request, each taking it to the status of the same name. */
public enum ChangeStep {
    PROPOSE(ChangeStatus.PROPOSED),
    ORDER(ChangeStatus.ORDERED),
    VERIFY(ChangeStatus.VERIFIED),
    REJECT(ChangeStatus.REJECTED),
    WITHDRAW(ChangeStatus.WITHDRAWN);

    private final ChangeStatus result;

    ChangeStep(ChangeStatus result) {
        this.result = result;
    }

    /** The status the request has after this step. */
    public ChangeStatus result() {
        return result;
    }
}
