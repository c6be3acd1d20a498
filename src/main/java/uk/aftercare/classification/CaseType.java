package uk.aftercare.classification;

/**
 * What kind of case an after-sale interaction opens. The definitions are a fixed contract from the API
 * document ({@code POST /api/v1/classifications}); the classifier and its labelled data follow them word for word.
 */
public enum CaseType {

    /**
     * The customer is dissatisfied (with a product, staff, delivery, waiting, a process, an earlier case) and wants
     * it acknowledged or put right, <em>without</em> asking to return, exchange, refund or repair the goods.
     * "I don't want a refund, I just want someone to apologise" is a complaint.
     */
    COMPLAINT,

    /**
     * The customer asks for information or help (order status, opening hours, how to use, what the policy is, how
     * long a refund takes), expressing no dissatisfaction and making no return request. A question <em>about</em>
     * returns ("can I return this if it doesn't fit?") is a query; a polite request phrased as a question ("can I
     * return these boots please, they don't fit") is not.
     */
    QUERY,

    /**
     * The customer wants to bring or send goods back, or wants a refund, replacement, exchange or repair of something
     * they bought, whether it is faulty or they changed their mind, and however angry they are. A return request wins
     * over any amount of dissatisfaction, because it is what the case will have to act on.
     */
    RETURN
}
